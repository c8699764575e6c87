/** Politeness and self-blame are calm (playtest round 12): "不好意思" is not 不好, "my bad" is not bad. */
import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../bot/understanding/sentiment';

describe('self-blame and polite corrections are calm', () => {
  it.each(['不好意思 我看错了 是E5不是F5', '不好意思打错了，地址是3栋', 'sorry my bad, the code is H2 not E2', 'my mistake, I meant the dryer'])('%s', (line) => {
    const s = analyzeSentiment(line);
    expect(s.label).not.toBe('negative');
    expect(s.anger).toBeLessThan(0.3);
  });

  it.each(['不好意思，你们服务太差了', 'my bad for trusting you, your service is terrible'])('complaint words said alongside still count (%s)', (line) => {
    expect(analyzeSentiment(line).label).toBe('negative');
  });
});
