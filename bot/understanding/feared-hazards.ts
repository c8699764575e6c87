/**
 * The worry taken out of a fault description: "外机冒白烟 吓得以为着火了", "the sides are hot, will it
 * catch fire?". A hazard only feared or mistaken (hazards.ts reads it as hypothetical) says nothing
 * of what the product does, and searched with the symptom it pulls the search toward fire cases or
 * below its floor, so the customer is asked "tell me more" about what they said plainly.
 */
import { findHazardMentions } from './hazards';
import { FEAR_CUE } from './lexicons/hazard-framing';

/** How far before a feared hazard its "以为", "怕", "will it" is looked for, in characters. */
const FEAR_REACH = 24;

export function withoutFearedHazards(text: string): string {
  let out = text;
  // From the last mention back, so earlier positions stay right.
  for (const m of findHazardMentions(text)
    .filter((x) => x.status === 'hypothetical')
    .reverse()) {
    const from = Math.max(0, m.index - FEAR_REACH);
    const before = out.slice(from, m.index);
    const cues = [...before.matchAll(FEAR_CUE)];
    const cue = cues[cues.length - 1];
    if (!cue) continue;
    const start = from + cue.index;
    const end = m.index + m.evidence.length;
    out = `${out.slice(0, start)} ${out.slice(end).replace(/^\s*(?:了|啊|吧|吗|呢|呀|\?|？)+/, '')}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}
