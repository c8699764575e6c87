/**
 * A yes to the restated repair with a slip of the tongue taken back after it ("嗯 没问题 辛苦了阿姨
 * 哦不是 辛苦你了", "yep that's right, thank you miss, no no, thank you"): the no corrects how the
 * customer thanked us, not the summary, so the request is filed (issue 16: it was read as a
 * correction, "which item should I change?", and nothing was filed). A real no is still a no.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function summaryShown(c: Customer, zh: boolean): Promise<void> {
  const lines = zh
    ? ['洗衣机甩干的时候不转 型号XQG80 前年买的', '试过了 还是不转', '13912345678 广州市天河区体育西路103号 维多利广场B座1203']
    : ['my washer will not spin, model WAN28281GB, bought it last year', 'tried that, still will not spin', '07700 900456, 3 Mill Lane, Leeds LS1 4AB'];
  const replies = await c.sayAll(...lines);
  expect(replies.at(-1)).toMatch(zh ? /跟您确认一下报修信息/ : /Let me confirm the repair request/);
}

describe('a yes with a slip taken back files the request', () => {
  it('zh', async () => {
    const c = world.customer('slip-taken-back-zh');
    await summaryShown(c, true);
    const filed = await c.say('嗯 没问题 辛苦了阿姨 哦不是 辛苦你了');
    expect(filed.text).toMatch(/已提交，工单号/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('en', async () => {
    const c = world.customer('slip-taken-back-en');
    await summaryShown(c, false);
    const filed = await c.say("yep that's right, thank you miss, no no, thank you");
    expect(filed.text).toMatch(/Filed: ticket/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('zh: a no with only thanks after it, and no yes, files nothing', async () => {
    const c = world.customer('slip-real-no-zh');
    await summaryShown(c, true);
    const said = await c.say('不对 谢谢');
    expect(said.text).not.toMatch(/已提交，工单号/);
    expect(await c.tickets()).toHaveLength(0);
  });
});
