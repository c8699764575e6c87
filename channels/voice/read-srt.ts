/**
 * SRT (SubRip) transcripts: numbered cues of "00:00:01,000 --> 00:00:04,000" and text lines that
 * start with the speaker's label (客服：…, Customer: …). SRT has no comments, so the call header may
 * be written as "key: value" lines before the first cue (Call ID: …, 主叫号码：…, 开始时间：…).
 */
import { cueBlocks } from './cue-blocks';
import { headerField, parseTiming, setHeader } from './call-header';
import type { RawCall } from './raw-call';
import { speakerOf, splitLabel } from './speaker-labels';
import { LineError } from './transcript-error';

export function readSrt(text: string): RawCall {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const call: RawCall = { headerLines: {}, turns: [] };
  let cues = 0;
  for (const { start, lines: block } of cueBlocks(lines)) {
    if (!cues && block.every((l) => headerField(l))) {
      block.forEach((l, k) => {
        const [field, value] = headerField(l)!;
        setHeader(call, field, value, start + k + 1);
      });
      continue;
    }
    const timingAt = /^\s*\d+\s*$/.test(block[0]!) ? 1 : 0;
    const timing = block[timingAt] !== undefined ? parseTiming(block[timingAt]) : undefined;
    if (!timing) throw new LineError(start + 1 + timingAt, `expected a cue number and a timing such as "00:00:01,000 --> 00:00:04,000", got "${(block[timingAt] ?? block[0]!).slice(0, 60)}"`);
    if (timing === 'bad') throw new LineError(start + 1 + timingAt, `bad cue timing "${block[timingAt]!.slice(0, 60)}": expected hh:mm:ss,ttt --> hh:mm:ss,ttt, the end not before the start`);
    const textLines = block.slice(timingAt + 1);
    const textLine = start + timingAt + 2;
    if (!textLines.length) throw new LineError(start + 1 + timingAt, 'a cue without text');
    cues++;
    // Some exporters put a <v> tag or [Speaker] in SRT too.
    const raw = textLines.join('\n').replace(/<\/?[ibu]>/g, '');
    const voice = /^\s*(?:<v\s+([^>]+)>|\[([^\]]{1,20})\])\s*/.exec(raw);
    const tagged = voice ? speakerOf((voice[1] ?? voice[2])!) : undefined;
    const labelled = tagged ? { speaker: tagged, text: raw.slice(voice![0].length).replace(/<[^>]*>/g, '') } : splitLabel(raw);
    if (!labelled) throw new LineError(textLine, 'no speaker: start the cue text with 客服： / 客户： / Agent: / Customer:');
    call.turns.push({ speaker: labelled.speaker, text: labelled.text, startMs: timing.startMs, endMs: timing.endMs, line: textLine });
  }
  return call;
}
