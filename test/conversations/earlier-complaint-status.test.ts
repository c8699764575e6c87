/**
 * Asking how an earlier complaint or request stands, with a number in some other format (a brand's
 * own, a technician's note), is a status question: the number is said plainly not to be ours and the
 * phone lookup offered, never a new complaint filed with "a dedicated person will contact you". The
 * phone sent next, worded as the one left when booking, starts that lookup (a code texted to it),
 * never the repair form or the opening menu.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NEW_FORM = /什么问题|哪种产品|哪个产品|需要维修|型号|Which product|what is it doing wrong|which appliance|model/i;

describe('an earlier complaint chased by a number that is not ours', () => {
  it.each([
    ['en', 'Hi, could you tell me where my complaint QA 6620-1184 about the Haier freezer stands? I raised it about ten days ago', 'QA 6620-1184', 'The number I gave you back then was 13522334455'],
    ['zh', '你好，我前几天投诉过海尔冰柜的事，投诉单号TS20261125-0911，现在处理得怎么样了', 'TS20261125-0911', '报修那会儿留的电话是13522334455'],
  ] as const)('(%s) is a status question, and the phone goes to the lookup', async (_lang, ask, number, phone) => {
    const c = world.customer(`earlier-complaint-${number}`);
    const first = await c.say(ask);
    expect(first.text).toContain(number);
    expect(first.text).toMatch(/不是我们售后工单|isn't one of our/);
    expect(first.text).toMatch(/手机号|mobile number/);
    expect(first.text).not.toMatch(/投诉已登记|complaint is recorded|dedicated person|专人/);
    expect(first.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
    const second = await c.say(phone);
    expect(second.tools).toContain('findTicketsByPhone');
    expect(second.text).toMatch(/验证码|code/);
    expect(second.text).toMatch(/135\*{4}4455/);
    expect(second.text).not.toMatch(NEW_FORM);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['en', 'I want to file a complaint, your technician was rude and left a mess'],
    ['zh', '我要投诉，你们师傅态度很差，还把地弄得一塌糊涂'],
  ] as const)('(%s) a new complaint is still filed: %s', async (_lang, text) => {
    const c = world.customer(`new-complaint-${text.slice(0, 10)}`);
    await c.say(text);
    expect(await c.tickets()).toHaveLength(1);
  });
});
