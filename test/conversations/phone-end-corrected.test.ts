/**
 * The end of the phone number corrected at the summary in everyday words (task e22, kind 1):
 * "电话最后应该是…", "手机末尾四位…", "the last digits are …". Read as a change of the phone's last
 * digits only, never as a new problem (the words once replaced the symptom and left the wrong phone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function atSummary(c: Customer, ...lines: string[]): Promise<void> {
  let last = '';
  for (const line of lines) last = (await c.say(line)).text;
  expect(last).toMatch(/跟您确认一下报修信息|Let me confirm the repair request/);
}

describe('the phone number’s end corrected at the summary changes the phone only', () => {
  it.each([['哎呀不对 电话最后应该是3390 刚才按错了'], ['手机号码末尾四位是3390，我写错了']])('"%s" (zh)', async (fix) => {
    const c = world.customer(`e22-tail-zh-${fix}`);
    await atSummary(c, '烘干机不加热了 帮我报个修', '型号GDNE9-02', '今年五月买的', '杭州市西湖区文三路88号3幢602', '15857121467');
    const said = await c.say(fix);
    expect(said.text).toMatch(/15857123390/);
    expect(said.text).toMatch(/跟您确认一下报修信息/);
    expect(said.text).not.toMatch(/问题[:： ]*[^\n]*(?:最后|末尾|写错)/);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toContain('15857123390');
    expect(ticket?.model).toBe('GDNE9-02');
  });

  it.each([['no wait, the last digits are 4471, I mistyped it'], ['sorry the final numbers should be 4471']])('"%s" (en)', async (fix) => {
    const c = world.customer(`e22-tail-en-${fix}`);
    await atSummary(c, 'the dryer stopped heating, can someone come and look', 'model DV90T5240AW', 'bought it last year', '14 Birch Lane, Bristol', '+44 7700 900123');
    const said = await c.say(fix);
    expect(said.text).toMatch(/7700 904471/);
    expect(said.text).toMatch(/Let me confirm the repair request/);
    await c.say('yes');
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toMatch(/904471/);
  });
});
