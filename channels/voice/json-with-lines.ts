/**
 * A small JSON parser that remembers the line every value starts on, so a transcript posted as
 * JSON can be reported as "calls/c-7.json:23: turns.4.speaker: ..." rather than "somewhere in the
 * file". It accepts exactly JSON (RFC 8259); a syntax error is reported with its line.
 */
import { LineError } from './transcript-error';

export type JsonPath = (string | number)[];

export interface JsonWithLines {
  value: unknown;
  /** The line of the value at `path`, or of its nearest parent that has one. */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseJsonWithLines(text: string): JsonWithLines {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const key = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');
  const fail = (reason: string): never => {
    throw new LineError(line, reason);
  };
  const space = () => {
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\uFEFF') break;
      i++;
    }
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, i)) fail(`invalid JSON: expected ${literal} at column ${column()}`);
    i += literal.length;
  };
  const column = () => i - text.lastIndexOf('\n', i - 1);
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('invalid JSON: a line break inside a string');
      i++;
    }
    if (i >= text.length) fail('invalid JSON: a string is not closed');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('invalid JSON: a bad escape in a string');
    }
  };
  const value = (path: JsonPath): unknown => {
    // A bound on nesting keeps a hostile body from exhausting the stack.
    if (path.length > 32) fail('invalid JSON: nested too deeply');
    space();
    lines.set(key(path), line);
    const ch = text[i];
    if (ch === '{') {
      i++;
      const out: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return (i++, out);
      for (;;) {
        space();
        if (text[i] !== '"') fail(`invalid JSON: expected a quoted property name at column ${column()}`);
        const name = string();
        space();
        expect(':');
        out[name] = value([...path, name]);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, out);
        else fail(`invalid JSON: expected , or } at column ${column()}`);
      }
    }
    if (ch === '[') {
      i++;
      const out: unknown[] = [];
      space();
      if (text[i] === ']') return (i++, out);
      for (;;) {
        out.push(value([...path, out.length]));
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, out);
        else fail(`invalid JSON: expected , or ] at column ${column()}`);
      }
    }
    if (ch === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64))?.[0];
    if (!literal) return fail(i >= text.length ? 'invalid JSON: the file ends too early' : `invalid JSON: unexpected "${ch}" at column ${column()}`);
    i += literal.length;
    return JSON.parse(literal) as unknown;
  };
  const parsed = value([]);
  space();
  if (i < text.length) fail(`invalid JSON: unexpected text after the end at column ${column()}`);
  return {
    value: parsed,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const found = lines.get(key(path.slice(0, n)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}
