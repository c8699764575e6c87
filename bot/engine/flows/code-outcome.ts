/**
 * What happened to the texted code, always said (playtest round 15): a wrong code says so, how many
 * tries are left and how to get a new one; "did the code work?" is answered from what we last told
 * the customer (it matched, it did not, or no code has come from them yet), never "can't confirm".
 */
import type { Lang } from '../../phrases';
import { STATUS_WORDS } from './status-flow-words';

/** The line after "that code isn't right": tries left and the way to a new code. */
export function wrongCodeNext(triesLeft: number | undefined, lang: Lang): string {
  // None left: no "try 0 more times", but plainly what happens now and what to do.
  if (triesLeft === 0)
    return lang === 'zh'
      ? '这是最后一次机会了，为了保护工单信息，核对暂停一小时。可以一小时后再试，或者回复“转人工”，客服核实您的身份后帮您查。'
      : 'That was the last try: to protect ticket details, checks from this chat are paused for an hour. Try again after that, or reply "human" and a person will check who you are and look it up.';
  const tries = triesLeft === undefined ? '' : lang === 'zh' ? `还可以再试 ${triesLeft} 次。` : `You can try ${triesLeft} more time${triesLeft === 1 ? '' : 's'}. `;
  return lang === 'zh'
    ? `${tries}请对照最新的那条短信；如果过期了或没收到，回复“重发验证码”，我再发一条新的。`
    : `${tries}Check it against the newest text; if it expired or never came, reply "send a new code" and I'll text a fresh one.`;
}

/** "验证码对了吗", "did the code work?", "did that go through?": asking what happened to the code. */
const OUTCOME_ASKED =
  /(?:验证码|码)(?:输)?(?:对|通过|成功|有效|行|可以|好使)(?:了)?(?:吗|么|没|不|没有)|(?:验证|核实|核对)(?:通过|成功|好)(?:了)?(?:吗|么|没|没有)|(?:验证码|码).{0,4}(?:对不对|行不行|有没有用)|\b(?:did|does|has) (?:the|my|that|this) (?:code|number) (?:work|go through|match|get accepted)\b|\b(?:was|is) (?:the|my|that|this) code (?:right|correct|ok|okay|accepted|valid|wrong)\b|\bdid (?:that|it|this) (?:one )?(?:work|go through|match)\b|\bcode (?:work|ok|okay)\s*\?/i;

export function codeOutcomeAsked(text: string): boolean {
  return OUTCOME_ASKED.test(text);
}

/** Our last words about a code, read back: wrong, proven (tickets shown), or still waiting for it; undefined when no code was in play. */
export function codeOutcomeAnswer(lastReply: string | undefined, lang: Lang, replyBefore?: string): string | undefined {
  if (!lastReply) return undefined;
  const wrong = lastReply.includes(STATUS_WORDS.wrongCode.zh) || lastReply.includes(STATUS_WORDS.wrongCode.en);
  // Asked again about a newer code: said as that one, not "as I said" about the one before.
  const again = wrong && Boolean(replyBefore && /没有通过：|No, it didn't work:/.test(replyBefore));
  if (again)
    return lang === 'zh'
      ? `这一个也没有通过，和短信里的对不上（或者已经过期了）。${wrongCodeNext(undefined, lang)}也可以回复“转人工”，客服核实身份后帮您查。`
      : `That one didn't match either (or it has expired). ${wrongCodeNext(undefined, lang)} Or reply "human" and a person will check who you are and look it up.`;
  if (wrong)
    return lang === 'zh'
      ? `没有通过：您刚才发的验证码和短信里的对不上（或者已经过期了），所以还看不到工单。${wrongCodeNext(undefined, lang)}也可以回复“转人工”，客服核实身份后帮您查。`
      : `No, it didn't work: the code you sent doesn't match the one we texted (or it has expired), so I can't show the ticket yet. ${wrongCodeNext(undefined, lang)} Or reply "human" and a person will check who you are and look it up.`;
  const waiting = [STATUS_WORDS.codeSent, STATUS_WORDS.codeAgain].some((w) => lastReply.includes(w.zh) || lastReply.includes(w.en)) || /6位数字|6-digit code/.test(lastReply);
  if (waiting)
    return lang === 'zh'
      ? '还没有收到您发的验证码，所以还没核对。请把短信里的6位数字发给我；没收到的话回复“重发验证码”。'
      : 'I haven\'t had a code from you yet, so nothing has been checked. Send me the 6 digits from the text; if it never came, reply "send a new code".';
  if (/\bAS-\d{8}-/.test(lastReply) && /(?:找到这几张|工单 AS-|I found these|Ticket AS-|\(ticket AS-)/.test(lastReply))
    return lang === 'zh' ? '通过了，验证码对上了，上面就是您的工单和进度。' : 'Yes, the code matched: the ticket and where it stands are shown above.';
  return undefined;
}
