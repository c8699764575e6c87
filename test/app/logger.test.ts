import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../app/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('process log', () => {
  it('masks personal data in fields and messages by default', () => {
    const { lines, stream } = capture();
    const log = createLogger({ log: { level: 'info', personalData: false } }, stream);
    log.info({ phone: '13812345678', note: '客户电话 138-1234-5678，身份证 110101199003074514' }, 'call back 13812345678');
    const text = lines.join('');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('1234-5678');
    expect(text).not.toContain('110101199003074514');
    expect(text).toContain('[REDACTED]');
    expect(text).toMatch(/\[PHONE_1\]/);
  });

  it('keeps personal data only when asked to', () => {
    const { lines, stream } = capture();
    createLogger({ log: { level: 'info', personalData: true } }, stream).info({ phone: '13812345678' }, 'debug');
    expect(lines.join('')).toContain('13812345678');
  });
});
