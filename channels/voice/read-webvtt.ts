/**
 * WebVTT transcripts (W3C WebVTT): "WEBVTT", then cues of a timing line and text. The speaker is
 * the cue's voice tag (<v 客服>, <v Customer>) or a label at the start of the text (客户：…). The
 * call header goes in NOTE blocks ("NOTE call-id: C-1001", one field per line), which players ignore.
 */
import { cueBlocks } from './cue-blocks';
import { headerField, parseTiming, setHeader } from './call-header';
import type { RawCall } from './raw-call';
import { speakerOf, splitLabel } from './speaker-labels';
import { LineError } from './transcript-error';

/** The text between tags; <v> names the speaker, the rest (<i>, <c.x>, <00:01.000>) is styling. */
function cueText(raw: string): { speaker?: string; text: string } {
  const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw);
  const text = raw
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ');
  return { speaker: voice?.[1]?.trim(), text };
}

export function readWebVtt(text: string): RawCall {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new LineError(1, 'a WebVTT file starts with "WEBVTT"');
  const call: RawCall = { headerLines: {}, turns: [] };
  let i = 1;
  // Skip the header's own lines up to the first blank one.
  while (i < lines.length && lines[i]!.trim()) i++;
  for (const { start, lines: block } of cueBlocks(lines, i)) {
    const first = block[0]!;
    if (/^NOTE(?:\s|$)/.test(first)) {
      const body = [first.replace(/^NOTE\s*/, ''), ...block.slice(1)];
      body.forEach((l, k) => {
        const field = headerField(l);
        if (field) setHeader(call, field[0], field[1], start + k + 1);
      });
      continue;
    }
    if (/^(?:STYLE|REGION)(?:\s|$)/.test(first)) continue;
    // An optional cue identifier comes before the timing line.
    const timingAt = parseTiming(first) ? 0 : 1;
    const timing = block[timingAt] !== undefined ? parseTiming(block[timingAt]) : undefined;
    if (!timing) throw new LineError(start + 1 + timingAt, `expected a cue timing such as "00:00:01.000 --> 00:00:04.000", got "${(block[timingAt] ?? first).slice(0, 60)}"`);
    if (timing === 'bad') throw new LineError(start + 1 + timingAt, `bad cue timing "${block[timingAt]!.slice(0, 60)}": expected hh:mm:ss.ttt --> hh:mm:ss.ttt, the end not before the start`);
    const textLines = block.slice(timingAt + 1);
    const textLine = start + timingAt + 2;
    if (!textLines.length) throw new LineError(start + 1 + timingAt, 'a cue without text');
    const { speaker: voice, text: words } = cueText(textLines.join('\n'));
    let speaker = voice ? speakerOf(voice) : undefined;
    let body = words;
    if (!speaker) {
      const labelled = splitLabel(words);
      speaker = labelled?.speaker;
      body = labelled?.text ?? words;
    }
    if (!speaker) {
      throw new LineError(
        textLine,
        voice ? `speaker "${voice}" is neither agent (客服/坐席/Agent) nor customer (客户/用户/Customer)` : 'no speaker: use <v 客服> / <v Customer> or start the text with 客服： / Customer:',
      );
    }
    call.turns.push({ speaker, text: body, startMs: timing.startMs, endMs: timing.endMs, line: textLine });
  }
  return call;
}
