import { describe, expect, it } from 'vitest';
import { byteLength, splitReply, WECHAT_TEXT_MAX_BYTES } from '../../channels/split-reply';
import { textProblem } from '../../kernel/text/readable-text';

describe('splitReply (WeChat 2048-byte text limit)', () => {
  it('leaves a short reply whole', () => {
    expect(splitReply('空调显示E1是高压保护。')).toEqual(['空调显示E1是高压保护。']);
  });

  it('cuts a long Chinese reply at sentence ends, every piece under the limit, in order', () => {
    const steps = Array.from({ length: 60 }, (_, i) => `第${i + 1}步：请先关闭电源，等待五分钟后再重新开机，观察显示屏上的代码是否消失。`);
    const text = steps.join('');
    expect(byteLength(text)).toBeGreaterThan(2 * WECHAT_TEXT_MAX_BYTES);
    const pieces = splitReply(text);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) {
      expect(byteLength(p)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
      expect(p.endsWith('。')).toBe(true); // a sentence end, never mid-sentence
    }
    expect(pieces.join('')).toBe(text);
  });

  it('cuts English at ". " and keeps the words', () => {
    const text = Array.from({ length: 80 }, (_, i) => `Step ${i + 1}: unplug the washer and clean the drain filter.`).join(' ');
    const pieces = splitReply(text, 500);
    for (const p of pieces) {
      expect(byteLength(p)).toBeLessThanOrEqual(500);
      expect(p).toMatch(/\.$/);
    }
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts a sentence with no end inside the limit at commas, then between characters, never inside one', () => {
    const commas = Array.from({ length: 300 }, () => '检查电源').join('，');
    for (const p of splitReply(commas, 300)) expect(byteLength(p)).toBeLessThanOrEqual(300);
    const solid = '😀'.repeat(700) + '空'.repeat(700);
    const pieces = splitReply(solid, 301);
    for (const p of pieces) {
      expect(byteLength(p)).toBeLessThanOrEqual(301);
      expect(textProblem(p)).not.toBe('lone_surrogate');
    }
    expect(pieces.join('')).toBe(solid);
  });
});
