/**
 * A yes in Cantonese or south-western Mandarin at the restated repair ("啱 唔该", "系呀 冇问题",
 * "要得"): the request is filed, not restated again (held-out set 7, read after its final figure:
 * "啱 唔该晒" got the summary once more and nothing was filed). "啱啱" is "just now", no yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function summaryShown(c: Customer): Promise<void> {
  await c.sayAll('洗衣机甩干的时候不转 型号XQG80 前年买的', '试过了 还是不转');
  const summary = await c.say('13912345678 广州市天河区体育西路103号 维多利广场B座1203');
  expect(summary.text).toMatch(/跟您确认一下报修信息/);
}

describe('a dialect yes at the summary files the request', () => {
  it.each(['啱 唔该', '系呀 冇问题', '要得嘛 莫得问题', '冇错 唔该晒'])('%s', async (yes) => {
    const c = world.customer(`dialect-yes-${yes}`);
    await summaryShown(c);
    const filed = await c.say(yes);
    expect(filed.text).toMatch(/已提交，工单号/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('"啱啱" (just now) is no yes', async () => {
    const c = world.customer('dialect-yes-just-now');
    await summaryShown(c);
    const said = await c.say('啱啱又唔转咗');
    expect(said.text).not.toMatch(/已提交，工单号/);
    expect(await c.tickets()).toHaveLength(0);
  });
});
