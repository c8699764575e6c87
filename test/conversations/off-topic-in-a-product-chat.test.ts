/**
 * The weather or which product to buy, asked after a product was talked about: a short, friendly
 * decline, never a knowledge passage that happens to share a word, nor "a person will confirm it"
 * (bot/understanding/off-topic.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const DECLINE = /帮不上忙|不在我能帮忙的范围|can.t help with that|outside what I can help with/i;
const HANDOFF_OR_PASSAGE = /转人工|human|person|依据|Based on|Source/i;

describe('off-topic after a product question', () => {
  it.each([
    ['zh', '海尔燃气热水器装好要另外收安装费吗', '对了 这几天杭州会下雪吗', '我还想换个手机 买哪款手机比较好'],
    ['en', 'do you charge for installing a new Haier water heater?', 'by the way, is it going to snow in Hangzhou this week?', 'also, which tablet should I buy for my kid?'],
  ])('a friendly decline, no handoff (%s)', async (_lang, first, weather, buying) => {
    const c = world.customer(`off-topic-${first}`);
    await c.say(first);
    for (const text of [weather, buying]) {
      const reply = await c.say(text);
      expect(reply.text).toMatch(DECLINE);
      expect(reply.text).not.toMatch(HANDOFF_OR_PASSAGE);
    }
  });
});
