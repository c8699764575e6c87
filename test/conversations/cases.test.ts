/**
 * The right knowledge case for what the customer said (issue 16, "cases"): a visible defect is a
 * fault for the 三包 rules, a stated power source or working part rules out the cases that
 * contradict it, a rejected case is not offered again, and two faults in one message both get an
 * answer. Conversations of our own, in both languages, on products other than the examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleDefectIn } from '../../bot/understanding/visible-defect';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a visible defect is a fault for returns', () => {
  it.each([
    ['屏幕右下角有两个亮点', 'screen'],
    ['there are three dead pixels near the centre', 'screen'],
    ['显示器中间有一条竖线', 'screen'],
    ['冰箱送到的时候门上就有个凹坑', 'damage'],
    ['the glass top was cracked when we unboxed it', 'damage'],
    ['打开箱子发现少了遥控器', 'missing'],
    ['the drain hose was missing from the box', 'missing'],
    ['new phone arrived today and it won’t turn on', 'dead'],
    ['不想要了，尺寸太大', undefined],
    ['I just changed my mind, it works fine', undefined],
    ['用了两年，门上有点划痕', undefined],
  ])('reads %s', (text, kind) => {
    expect(visibleDefectIn(text)).toBe(kind);
  });

  it('tells a screen defect the fault rules even when "everything else is fine", in Chinese', async () => {
    const said = await world.customer('defect-monitor-zh').say('电视前天网上买的，其他都没问题，就是屏幕上有个坏点，想换一台');
    expect(said.text).toMatch(/性能故障/);
    expect(said.text).toMatch(/退货、换货或维修/);
    expect(said.text).not.toMatch(/没有故障也可以无理由退货/);
  });

  it('tells a dent on arrival the fault rules, in English', async () => {
    const said = await world.customer('defect-dent-en').say('The washing machine arrived yesterday with a dent in the side, otherwise it works fine. I ordered it online. Can I return it?');
    expect(said.text).toMatch(/delivery defect/);
    expect(said.text).not.toMatch(/without a reason if it is in resaleable condition/);
  });

  it('tells a part missing from the box it can be sent on or returned', async () => {
    const said = await world.customer('defect-missing-zh').say('电视上周六网上买的，打开箱子发现没有底座，其他好好的，能退吗');
    expect(said.text).toMatch(/缺配件/);
    expect(said.text).not.toMatch(/没有故障也可以/);
  });
});
