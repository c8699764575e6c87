/**
 * A condition the customer puts on the repair they are agreeing to: "先报价我再决定修不修", "tell me
 * the price before you touch it", "来之前先打个电话", "ring me before coming", "免费才修", "only if
 * it's free". It is an instruction for the engineer, not a question for the knowledge base: the
 * yes files the request, and the condition is said back and written on the ticket.
 *
 * Only told, never asked: "师傅来之前会打电话吗" / "will they call first?" is a question and is
 * answered as one (summary-yes.ts, visit-answers.ts).
 */

export const VISIT_CONDITIONS = ['quoteFirst', 'callFirst', 'onlyIfFree'] as const;
export type VisitCondition = (typeof VISIT_CONDITIONS)[number];

const CONDITIONS: [VisitCondition, RegExp][] = [
  [
    'quoteFirst',
    // 先报价 · 报个价再决定 · 多少钱先跟我说 · 先问过我再修 · 没我同意别修 · 别直接换
    /先(?:给我)?(?:报|估|说|讲|问)(?:一?个|一下)?(?:价|价格|价钱|费用)|报(?:一?个|一下)?价(?:格|钱)?[^。！!？?]{0,6}再(?:决定|定|说|修|考虑)|(?:多少钱|价格|价钱|费用|收费)[^。！!？?]{0,6}先(?:跟|和|告诉|通知)我|(?:多少钱|价格|价钱|费用)[^。！!？?]{0,4}(?:再|然后)(?:决定|定|说|修|考虑)|先(?:问|问过|征求|经过)(?:一下)?我|(?:没|不经|未经)(?:过)?我(?:的)?同意[^。！!？?]{0,4}(?:别|不要|不能|不许)|我同意(?:了|后|之后)?再(?:修|换|动)|(?:别|不要)(?:直接|擅自|自己)(?:修|换|动手|拆)/,
  ],
  [
    'quoteFirst',
    /\b(?:tell|give|send|let)\s+me\s+(?:know\s+)?(?:the\s+|a\s+)?(?:price|cost|quote|estimate)\b[^.!?]{0,30}\b(?:first|before|beforehand|then i(?:'ll| will)? decide)\b|\bquote\s+(?:me\s+)?(?:first|before)\b|\b(?:price|cost|quote|estimate)\s+(?:first|before\s+(?:doing|fixing|repairing|starting|touching|any))|\b(?:don'?t|do not|never)\s+(?:fix|repair|do|touch|start|replace|change)\s+(?:anything|it|a thing)\s+(?:until|before|without)\b|\b(?:check|ask)\s+with\s+me\s+before\b|\bask\s+me\s+before\s+(?:you\s+)?(?:fix|repair|do|start|charg|replac)|\bwithout\s+my\s+(?:ok|okay|agreement|approval|permission|say-?so)\b/i,
  ],
  [
    'callFirst',
    // 来之前先打个电话 · 上门前联系我 · 提前打电话 · 先电话我再过来
    /(?:来|上门|过来|到)(?:之)?前[^。！!？?]{0,4}(?:先)?(?:给我|跟我)?(?:打|来|通)(?:一?个|一下)?电话|(?:来|上门|过来|到)(?:之)?前[^。！!？?]{0,4}(?:先)?(?:联系|通知|说一声|告诉)(?:我|一下)|提前(?:给我)?(?:打|来|通)(?:一?个|一下)?电话|提前(?:联系|通知)(?:我|一下)|先(?:给我)?(?:打|来|通)(?:一?个|一下)?电话(?:确认)?[^。！!？?]{0,4}再(?:来|过来|上门)/,
  ],
  [
    'callFirst',
    /\b(?:call|ring|phone|text)\s+(?:me\s+)?(?:first|ahead|beforehand|before\s+(?:coming|heading|arriving|showing|turning|the\s+visit|(?:you|they|he|she|the\s+\w+)\s+(?:come|comes|head|heads|arrive|arrives|set|sets|turn|turns|show|shows|leave|leaves)))\b|\bgive\s+me\s+a\s+(?:call|ring|heads[- ]up)\s+(?:first|before)\b|\blet\s+me\s+know\s+before\s+(?:you|they|he|she|the\s+\w+)\s+(?:come|comes|arrive|arrives|head|heads|turn|turns)\b/i,
  ],
  [
    'onlyIfFree',
    // 免费才修 · 只要免费就修 · 收费的话就算了 · 要钱就不修了 · 不免费就别来了
    /免费(?:的话)?(?:才|再)(?:修|来|上门)|只(?:有|要|修)?免费(?:的话)?(?:就|才)?(?:修|来|上门)|(?:只修|只接受)免费|(?:要|收|花)(?:钱|费)(?:的话)?[^。！!？?]{0,3}(?:就)?(?:不修|不用|别来|别修|算了|不要)|收费(?:的话)?[^。！!？?]{0,3}(?:就)?(?:不修|不用|别来|别修|算了|不要)|不(?:是)?免费(?:的话)?[^。！!？?]{0,3}(?:就)?(?:不修|不用|别来|别修|算了|不要)/,
  ],
  [
    'onlyIfFree',
    /\bonly\s+if\s+(?:it'?s|it\s+is|it'?ll\s+be|it\s+will\s+be|the\s+repair\s+is)\s+(?:free|covered|no\s+charge)\b|\bas\s+long\s+as\s+(?:it'?s|it\s+is)\s+(?:free|covered)\b|\bprovided\s+(?:it'?s|it\s+is)\s+(?:free|covered)\b|\bif\s+(?:it|they|that)\s+(?:costs?|charges?)\s+(?:anything|money|me)\b[^.!?]{0,10}\b(?:don'?t|do not|forget|cancel|skip|no)\b|\bif\s+(?:there'?s|there\s+is)\s+(?:a|any)\s+(?:charge|fee|cost)\b[^.!?]{0,10}\b(?:don'?t|do not|forget|cancel|skip|no)\b|\b(?:don'?t|do not)\s+(?:fix|repair|come|bother)\b[^.!?]{0,12}\bif\s+(?:it|i|there)\s*(?:'?s\s+)?(?:costs?|have\s+to\s+pay|a\s+charge|not\s+free|isn'?t\s+free)/i,
  ],
];

/** A question about what will happen ("会先打电话吗", "会先联系我对吧", "will they call first?") is no instruction. */
const ASKED =
  /[?？]|吗\s*$|吗[，,。]|会不会|是不是|对吧|是吧|对不对|会[^。，,]{0,10}吧|,\s*right\s*$|\bisn'?t it\b|\bwon'?t (?:they|he|she)\b|\b(?:will|would|do|does|can|could)\s+(?:they|he|she|the\s+\w+|you)\b[^.!]{0,30}$/i;

/** The conditions a message puts on the repair, each once, in the order they are listed. */
export function visitConditionsIn(text: string): VisitCondition[] {
  const found: VisitCondition[] = [];
  for (const [condition, words] of CONDITIONS) {
    const m = words.exec(text);
    if (!m || found.includes(condition)) continue;
    // The clause it stands in is asked, not told: a question for the answers, not a condition.
    if (ASKED.test(clauseAround(text, m.index, m[0].length))) continue;
    found.push(condition);
  }
  return found;
}

/** The text a message has left once its conditions are taken out (to see if a question remains). */
export function withoutConditions(text: string): string {
  let rest = text;
  for (const [, words] of CONDITIONS) rest = rest.replace(new RegExp(words.source, words.flags.includes('i') ? 'gi' : 'g'), ' ');
  return rest;
}

function clauseAround(text: string, start: number, length: number): string {
  const before = text.slice(0, start);
  const from = Math.max(0, ...['。', '！', '!', '；', ';', '\n', '. '].map((s) => (before.lastIndexOf(s) < 0 ? 0 : before.lastIndexOf(s) + s.length)));
  const after = text.slice(start + length);
  const ends = after.search(/[。！!？?；;\n]|\.\s/);
  return text.slice(from, start + length + (ends < 0 ? after.length : ends + 1));
}
