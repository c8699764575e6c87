/**
 * The three readings of a report after the self-help steps (u2): it works now (whatever cause is
 * told beside), a bare list of steps done (still failing), only what still works (context). Each
 * with several phrasings per language, and the look-alikes each must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { saysOnlyWhatStillWorks } from '../../bot/understanding/still-works';
import { reportsStepsOnly } from '../../bot/understanding/steps-only-report';
import { worksAgain } from '../../bot/understanding/works-again';

describe('it works now', () => {
  it.each([
    '把滚轮重新放好以后就转起来了',
    '哦找到原因了，门没关严，关紧后就开始加热了',
    '原来是童锁开着，解开以后按键有反应了',
    '诶 有热水了 是阀门没开',
    '重新插了一下电源，现在又能用了',
    '好了原来是插头松了',
    'oh it was the child lock, buttons respond now',
    'got it going, the breaker had tripped',
    "turns out the filter was clogged, it's draining now",
    'the roller had slipped off, it goes round again',
    'found it, the valve was half closed, hot water is back',
  ])('%s', (text) => expect(worksAgain(text)).toBe(true));

  it.each(['过一会又能用了', '转了一会又不转了', '现在不转了', '我就用了一下', 'it works again after a while', "it's not turning now", 'stopped working again', 'the error is back', '火盖也放正了'])(
    'not: %s',
    (text) => expect(worksAgain(text)).toBe(false),
  );
});

describe('a bare list of steps done', () => {
  it.each([
    '插头拔了又插上，滤网也洗了',
    '按你说的重启了，门也关紧了',
    '水龙头开大了 电池也换了',
    '门重新关了一下 童锁也解了',
    '都按步骤弄过了',
    "batteries are new, igniter's clean, cap is seated",
    'did the reset, cleared the filter, checked the hose',
    'restarted it twice and checked the breaker',
    'unplugged it, descaled it, ran a rinse cycle',
  ])('%s', (text) => expect(reportsStepsOnly(text)).toBe(true));

  it.each([
    '换了电池还是打不着',
    '换了电池就好了',
    '换了电池',
    '要不要换电池',
    '电池换过了 现在能打着了',
    'replaced the batteries',
    'replaced the batteries but still nothing',
    'cleaned the filter, works fine now',
    'should I clean it and reset it?',
    'it worked for a minute, then stopped',
    'I live on the third floor and the lift is broken',
  ])('not: %s', (text) => expect(reportsStepsOnly(text)).toBe(false));
});

describe('only what still works', () => {
  it.each([
    '加热倒是正常的',
    '其他功能都好好的',
    '不过还能加热',
    '风扇还在转',
    'it still heats fine though',
    'everything else works',
    'the light and the freezer still work fine',
    'otherwise it is fine',
  ])('%s', (text) => expect(saysOnlyWhatStillWorks(text)).toBe(true));

  it.each(['加热正常但是转盘不转', '还是不转', '现在正常了', '冷冻室也不冷了', 'still not heating', 'it still heats but the plate does not turn', 'the freezer is warm too', 'works now'])(
    'not: %s',
    (text) => expect(saysOnlyWhatStillWorks(text)).toBe(false),
  );
});
