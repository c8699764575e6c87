/**
 * Plain-text transcripts, one turn per line with a speaker label: 客服：/客户：, 坐席/用户,
 * Agent:/Customer:, A:/C: … A label may carry a name or staff number (客服(工号1023)：), a line may
 * start with a time ([00:01:02] or 00:01:02), and a line without a label continues the turn
 * above. "key: value" header lines may come first (通话编号：…, Caller: …); # starts a comment.
 */
import { headerField, parseClock, setHeader } from './call-header';
import type { RawCall } from './raw-call';
import { splitLabel } from './speaker-labels';
import { LineError } from './transcript-error';

const LEADING_TIME = /^\s*[[(]?((?:\d{1,3}:)?[0-5]?\d:[0-5]\d(?:[.,]\d{1,3})?)[\])]?\s+/;

export function readPlainText(text: string): RawCall {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const call: RawCall = { headerLines: {}, turns: [] };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || /^\s*#/.test(raw)) return;
    const time = LEADING_TIME.exec(raw);
    const rest = time ? raw.slice(time[0].length) : raw;
    // Before the first turn, "Caller: +86 135…" is the header's caller number, not the caller speaking.
    const field = !call.turns.length && !time ? headerField(raw) : undefined;
    if (field && (field[0] !== 'callerNumber' || /^[\d\s+\-()]+$|^(?:withheld|unknown|anonymous|未知|隐藏)$/i.test(field[1]))) {
      return setHeader(call, field[0], field[1], line);
    }
    const labelled = splitLabel(rest);
    if (labelled) {
      call.turns.push({ speaker: labelled.speaker, text: labelled.text, startMs: time ? parseClock(time[1]!) : undefined, line });
      return;
    }
    const previous = call.turns.at(-1);
    if (!previous) throw new LineError(line, `no speaker label: a turn starts with 客服：/客户：, 坐席：/用户：, Agent:/Customer: or A:/C:, got "${raw.trim().slice(0, 40)}"`);
    previous.text = previous.text ? `${previous.text} ${rest.trim()}` : rest.trim();
  });
  // A time at the start of the next turn is where this one ended.
  call.turns.forEach((t, k) => {
    const next = call.turns[k + 1]?.startMs;
    if (t.startMs !== undefined && next !== undefined && next >= t.startMs) t.endMs = next;
  });
  return call;
}
