/**
 * Questions about the assistant itself. "What can you do, then?" after a refusal hears what the
 * assistant does, not the refusal again; "are you a bot?" hears honestly that it is an automated
 * assistant, not that an engineer will answer it, and is no request for a person ("人工智能" holds
 * 人工). Our own wordings, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('what the assistant can do, asked after a refusal', () => {
  it.each([
    ['zh', '帮我写一首生日祝福的诗', '那你到底能帮我做点啥'],
    ['en', 'could you pick a good film for tonight?', 'alright, what else can you help with?'],
  ])('lists what it does instead of refusing again (%s)', async (lang, offTopic, question) => {
    const customer = world.customer(`abilities-${++n}`);
    const refusal = (await customer.say(offTopic)).text;
    expect(refusal).toMatch(lang === 'zh' ? /帮不上忙/ : /can't help with that/i);
    const reply = (await customer.say(question)).text;
    expect(reply).toMatch(lang === 'zh' ? /排查.*保修.*预约维修/ : /troubleshoot.*warranty.*book repairs/i);
    expect(reply).not.toMatch(/帮不上忙|没有确切|can't help with that|reliable information/i);
  });
});

describe('whether the assistant is a person', () => {
  it.each([
    ['zh', '跟我聊天的是人工智能吧？'],
    ['zh', '你到底是不是机器人'],
    ['en', 'wait, is this a bot?'],
    ['en', "you're not a real person, are you? am I talking to an AI?"],
  ])('is told honestly it is an automated assistant (%s: %s)', async (lang, question) => {
    const customer = world.customer(`identity-${++n}`);
    const said = await customer.say(question);
    expect(said.text).toMatch(lang === 'zh' ? /自动回复的程序，不是真人/ : /automated after-sales assistant: a program, not a person/i);
    expect(said.text).not.toMatch(/工程师|engineer|没有确切|reliable information|转给人工客服|passing you to a person/i);
    expect(said.tools).not.toContain('handOff');
  });
});
