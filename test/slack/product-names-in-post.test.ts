/**
 * The Slack handoff post names the product as people do, in both languages of the post ("冰箱
 * fridge", "空调 air conditioner"), never by its category code ("refrigerator", "air_conditioner").
 * Through the real bot, the real Bolt receiver and the fake Slack Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../bot/pipeline';
import { CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

let world: SlackWorld;
beforeAll(async () => {
  world = await openSlackWorld();
}, 180_000);
afterAll(async () => {
  await world?.close();
});

describe.each([
  { lang: 'zh', lines: ['海尔冰箱冷藏室一直不制冷，东西都放不住了', '帮我转人工客服'], code: 'refrigerator', names: ['冰箱', 'fridge', '海尔'] },
  { lang: 'en', lines: ['my Gree air conditioner blows warm air even on cooling mode', 'I would like to talk to a person'], code: 'air_conditioner', names: ['空调', 'air conditioner', 'Gree'] },
])('the product in the Slack handoff post ($lang)', ({ lang, lines, code, names }) => {
  it('is named in words, not by its category code', async () => {
    const turns: TurnResult[] = [];
    for (const line of lines) turns.push(await world.customer(line, `slack-product-${lang}`));
    const turn = turns.at(-1)!;
    expect(turn.mode).toBe('handoff_requested');
    await world.drain();
    const post = world.slack.posts(CHANNEL).find((p) => JSON.stringify(p.blocks ?? '').includes(turn.ticket?.number ?? `#${turn.conversationId}`));
    expect(post).toBeDefined();
    const productField = JSON.stringify(post!.blocks).match(/Product \/ model\*\\n([^"]*)"/)?.[1] ?? '';
    for (const name of names) expect(productField).toContain(name);
    expect(productField).not.toContain(code);
  });
});
