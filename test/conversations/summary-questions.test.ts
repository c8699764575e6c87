/**
 * At the restated request, an acknowledgement in front of a question ("好的，…会打电话吧", "ok, so
 * they'll call first, right?") is no yes: the question is answered and the summary waits for its
 * yes. A yes in so many words with a question ("对，提交吧，…吗") files and answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World, type Customer } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function atSummary(c: Customer, lang: 'zh' | 'en'): Promise<void> {
  const lines =
    lang === 'zh'
      ? ['洗碗机不排水，我要报修', '不知道型号', '去年买的', '13912345678', '广州市天河区体育西路1号', '周六上午']
      : ['my dishwasher will not drain, I want to book a repair', "don't know the model", 'bought it last year', '13912345678', '1 Tiyu West Road, Tianhe District, Guangzhou', 'saturday morning'];
  let last = '';
  for (const line of lines) last = (await c.say(line)).text;
  expect(last).toMatch(/确认一下|confirm the repair request/);
}

describe('a question at the summary is a question', () => {
  it.each([
    ['zh', '好的，师傅来之前会打电话吧'],
    ['zh', '嗯，上门前会先联系我对吧'],
    ['zh', '行，到时候工程师会提前打个电话吗'],
    ['en', "ok, so they'll call first, right?"],
    ['en', 'alright, will the engineer phone before coming?'],
    ['en', 'okay and the technician will call before he comes, yes?'],
  ])('answered, then the yes asked for; nothing filed (%s: %s)', async (lang, line) => {
    const c = world.customer(`summary-ask-${line}`);
    await atSummary(c, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).toMatch(/打电话|call/i);
    expect(said.text).toMatch(lang === 'zh' ? /回复“对”/ : /reply "yes"/);
    expect(said.text).not.toMatch(/已提交|Filed:/);
    expect(await c.tickets()).toEqual([]);
    const filed = await c.say(lang === 'zh' ? '对' : 'yes');
    expect(filed.tools).toContain('createTicket');
  });

  it.each([
    ['zh', '对，提交吧，师傅会先打电话吗'],
    ['zh', '没问题，提交。上门前会联系我吗？'],
    ['en', 'yes, file it. will the engineer call first?'],
    ['en', 'correct, please submit. do they phone before coming?'],
  ])('a yes in so many words files it and answers (%s: %s)', async (lang, line) => {
    const c = world.customer(`summary-yes-${line}`);
    await atSummary(c, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(/已提交|Filed:/);
    expect(await c.tickets()).toHaveLength(1);
  });
});
