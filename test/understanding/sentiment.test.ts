import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../bot/understanding';
import { normaliseText } from '../../kernel/text/normal-form';

const score = (text: string) => analyzeSentiment(normaliseText(text, { spokenDigits: true })).score;

describe('sentiment', () => {
  it('stays within [-1, 1] and is neutral without cues', () => {
    expect(score('我想问一下安装时间')).toBe(0);
    for (const text of ['垃圾垃圾垃圾垃圾垃圾垃圾垃圾!!!!!!', 'great great great excellent perfect love it']) {
      expect(Math.abs(score(text))).toBeLessThan(1);
    }
  });
  it('reads positive and negative words in both languages', () => {
    expect(score('师傅很专业，服务很满意')).toBeGreaterThan(0.5);
    expect(score('服务太差了，态度恶心')).toBeLessThan(-0.5);
    expect(score('Works great, highly recommend')).toBeGreaterThan(0.5);
    expect(score('Terrible quality, total waste of money')).toBeLessThan(-0.5);
  });
  it('handles negation, and compounds that contain a negator', () => {
    expect(score('不满意')).toBeLessThan(0);
    expect(score('不太好')).toBeLessThan(0);
    expect(score('不错')).toBeGreaterThan(0);
    expect(score('没问题')).toBeGreaterThan(0);
    expect(score('not good')).toBeLessThan(0);
    expect(score("it isn't bad")).toBeGreaterThan(0);
  });
  it('does not let a negator far away flip a word (不修就退钱)', () => {
    expect(score('不修就退钱')).toBeLessThan(0);
  });
  it('lets intensifiers and the second half of a contrast weigh more', () => {
    expect(score('非常好')).toBeGreaterThan(score('好'));
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('外观不错，但是太吵了')).toBeLessThan(0);
    expect(score('The screen is nice but the battery is terrible')).toBeLessThan(0);
  });
  it('treats !!!, ???, capitals and profanity as stronger negativity', () => {
    expect(score('太差了!!!')).toBeLessThan(score('太差了'));
    expect(score('到底修不修???')).toBeLessThan(0);
    expect(score('THIS IS UNACCEPTABLE, nobody came')).toBeLessThan(score('this is unacceptable, nobody came'));
    const profane = analyzeSentiment('this is fucking ridiculous');
    expect(profane.profanity).toBe(true);
    expect(profane.score).toBeLessThan(-0.85);
    expect(analyzeSentiment('他妈的又坏了').profanity).toBe(true);
  });
  it('separates anger from a plain fault report', () => {
    const fault = analyzeSentiment('冰箱不制冷，有点漏水');
    expect(fault.score).toBeLessThan(0);
    expect(fault.anger).toBeLessThan(0.35);
    expect(analyzeSentiment('什么破服务，骗子公司，气死我了').anger).toBeGreaterThan(0.85);
    expect(analyzeSentiment('fridge is broken and noisy').anger).toBe(0);
  });
  it('does not read insults into product words (滚筒 is not 滚)', () => {
    expect(analyzeSentiment('滚筒洗衣机').anger).toBe(0);
  });
});

describe('"sb" only as a word', () => {
  it.each(['the USB port on my phone is loose', '型号WSB100的洗衣机', 'usb-c 充不进电了', 'ticket AS-20261124-7WM9-K6SB', '工单 AS-20261207-XTMD-4K2P 查一下', 'model KFR-35GW/CNM1'])(
    '"%s" is no swearing',
    (text) => {
      expect(analyzeSentiment(normaliseText(text)).cues).not.toContain('profanity');
    },
  );
  it.each(['你们客服真是sb', 'sb客服 修了三次都没好', 'tmd 又坏了', '修了三次了 cnm'])('"%s" still is', (text) => {
    expect(analyzeSentiment(normaliseText(text)).cues).toContain('profanity');
  });
});
