/**
 * A customer whose product was repaired more than once and who now wants a new one or the money
 * back is handed to a person as before, and hears the 三包 rule on repeated repairs (two repairs of
 * the same fault in the warranty period that leave it unusable allow an exchange or a return), with
 * who checks it: the person handling the case, from the repair record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const RULE_ZH = /两次修理仍不能正常使用[^。]*换货或退货/;
const RULE_EN = /after two repairs[^.]*exchange or return/i;
const CHECKS = /维修记录|repair record/i;

describe('repaired more than once, a new one demanded', () => {
  it.each([
    ['zh', '烤箱师傅已经上门修过两回了还是不加热，我不修了，要换新机，给我转人工'],
    ['zh', '油烟机八月修了一次，这周又修了一次，吸力还是不行，给我退款，转人工'],
    ['zh', '电视修了三次都没修好，气死我了，直接给我换一台！'],
    ['zh', '空调这个月第二次上门修了还是漏水，你们必须换货'],
  ])('%s: handed over and told the rule: %s', async (_lang, line) => {
    const said = await world.customer(`twice-zh-${line}`).say(line);
    expect(said.tools).toContain('handOff');
    expect(said.text).toMatch(RULE_ZH);
    expect(said.text).toMatch(CHECKS);
    expect(said.text.match(/两次修理仍不能正常使用/g)?.length).toBe(1);
  });

  it.each([
    ['en', 'your engineer has been out two times now and the oven still will not heat. Get me a human, I want a replacement'],
    ['en', 'Second repair visit this month and the freezer is warm again. I want my money back, put me through to someone'],
    ['en', "the technician fixed it twice and it's broken AGAIN. Swap it for a new one, this is ridiculous"],
    ['en', 'after three service calls the dryer is still not drying. I demand an exchange, let me talk to a real person'],
  ])('%s: handed over and told the rule: %s', async (_lang, line) => {
    const said = await world.customer(`twice-en-${line}`).say(line);
    expect(said.tools).toContain('handOff');
    expect(said.text).toMatch(RULE_EN);
    expect(said.text).toMatch(CHECKS);
    expect(said.text.match(/after two repairs/gi)?.length).toBe(1);
  });
});
