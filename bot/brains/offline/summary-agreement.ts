/**
 * A yes to the restated request, read as that yes whatever else its words look like. At the
 * summary "这回对了", "嗯嗯 没问题了", "all good now", "yes that's all" agree to what was said back;
 * the answer reader alone takes them for "it works now", a goodbye, or nothing it knows, and the
 * customer met "我没太明白" and the summary again. And "correct and when will they come" files the
 * request and answers the question; it does not start a ticket look-up.
 *
 * Only a yes said in so many words counts (summary-yes.ts), and a no, a cancel or a changed fact
 * in the same message still wins: those are left to the engine as they were read.
 */
import type { Command } from '../../engine/commands';
import { saysYesToSummary } from '../../understanding/summary-yes';

/** What agreement at the summary was misread as: "it works now", "that's all (bye)", a look-up of the visit. */
const MISREAD = (c: Command) => c.kind === 'fixed' || c.kind === 'bye' || (c.kind === 'start' && !c.facts && c.flow === 'status');

/** "correct and when will they come": the question is what follows the yes. */
const YES_THEN_QUESTION = /^.*?(?:[,，.。!！;；]|\s+(?:and|but|so)\s+|\s+-+\s+)(?=\s*(?:when|what|how|will|would|do|does|is|are|can|could|should|who|where|why)\b)/i;
const afterTheYes = (text: string) => text.replace(YES_THEN_QUESTION, '').trim() || text;

/**
 * A slip of the tongue taken back at the end: "没问题 谢谢阿姨 哦不是 谢谢你", "yep that's right, thanks mum - oh
 * no sorry, thank you". The no corrects how the customer thanked or named us, not the summary; read as a
 * no it got "which item should I change?" and nothing was filed.
 */
const THANKS = String.raw`(?:(?:谢谢|多谢|感谢)(?:你|您|啦|了)?|辛苦(?:你|您)?了?|thanks|thank you|cheers|ta)`;
const SLIP_TAKEN_BACK = new RegExp(
  String.raw`(?:^|[\s,，.。!！~、-])(?:啊|哦|噢|呃|额|哎)?\s*(?:不对|不是|不)(?:不)?\s*[,，]?\s*(?:是)?${THANKS}[\s,，.。!！~]*$|\b(?:oh|ah|er|um)?\s*no+\b[\s,.!-]*(?:sorry[\s,.!-]*)?(?:i mean[\s,.!-]*)?${THANKS}[\s.!~]*$`,
  'i',
);

export function agreeToSummary(commands: Command[], text: string, from: string): void {
  // (The yes still has to be said before the slip: "没错 … 啊不 谢谢你" agrees, a bare "不 谢谢" does not.)
  if (SLIP_TAKEN_BACK.test(text) && saysYesToSummary(text.replace(SLIP_TAKEN_BACK, ''))) {
    for (let i = commands.length - 1; i >= 0; i--) if (commands[i]!.kind === 'deny') commands.splice(i, 1);
  }
  const refuses = commands.some((c) => c.kind === 'deny' || c.kind === 'cancel' || c.kind === 'set' || c.kind === 'correct' || c.kind === 'human' || c.kind === 'danger');
  if (refuses) return;
  const lookedUp = commands.some((c) => c.kind === 'start' && !c.facts && c.flow === 'status');
  for (let i = commands.length - 1; i >= 0; i--) if (MISREAD(commands[i]!)) commands.splice(i, 1);
  // (The visit asked about beside the yes is answered with the filing, as any question there is.)
  if (lookedUp && !commands.some((c) => c.kind === 'ask')) commands.push({ kind: 'ask', question: afterTheYes(text).slice(0, 300), from });
  if (!commands.some((c) => c.kind === 'affirm')) commands.push({ kind: 'affirm', from });
}
