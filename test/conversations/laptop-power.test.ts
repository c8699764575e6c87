/**
 * A laptop that won't charge or won't switch on gets a laptop's own checks (the adapter's light,
 * another socket, a power drain, the battery setting and report, the original charger, a backup
 * before it is sent in), never a phone's charging steps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a laptop that will not charge or start', () => {
  it.each([
    ['zh', '笔记本电脑接着电源，电量就是不往上走'],
    ['zh', '我的笔记本一直提示已接通电源未充电'],
    ['en', "my notebook computer won't take a charge even when plugged in"],
    ['en', 'laptop shows plugged in but the battery stays at 12%'],
  ])('charging: %s: %s', async (lang, line) => {
    const said = await world.customer(`laptop-charge-${line}`).say(line);
    if (lang === 'zh') {
      expect(said.text).toMatch(/适配器/);
      expect(said.text).toMatch(/30秒/);
      expect(said.text).toMatch(/备份/);
      expect(said.text).not.toMatch(/没有对得上|手机/);
    } else {
      expect(said.text).toMatch(/power adapter/i);
      expect(said.text).toMatch(/30 seconds/);
      expect(said.text).toMatch(/back up your data/i);
      expect(said.text).not.toMatch(/no fix that matches|phone/i);
    }
  });

  it.each([
    ['zh', '笔记本电脑怎么按都开不了机', /放电/],
    ['en', 'pressed the power button on my laptop and nothing happens at all', /external monitor|drain it/i],
  ])('power: %s: %s', async (_lang, line, check) => {
    const said = await world.customer(`laptop-power-${line}`).say(line);
    expect(said.text).toMatch(check);
    expect(said.text).not.toMatch(/没有对得上|no fix that matches/i);
  });

  it('a phone that will not charge still gets the phone steps (en)', async () => {
    const said = await world.customer('laptop-not-phone').say("my phone won't charge at all");
    expect(said.text).not.toMatch(/laptop|BIOS/i);
  });
});
