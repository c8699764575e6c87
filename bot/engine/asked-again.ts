/**
 * The customer asking the same thing again in this chat: "我都问了三遍了", "我刚才问的是多少钱",
 * "到底收不收费", "I've asked you this twice now", "how many times must I ask?". Asking again here is
 * not a new contact (the "you've contacted us N times" wording is for returning customers chasing
 * earlier tickets, chasing-heard.ts), and it does not prove our answer was wrong. The whole decision
 * is here, in one place:
 * - our last reply gave a knowledge answer that speaks to the question: the same answer again,
 *   shorter and first, after a one-line sorry for not being clear (never "I answered the wrong
 *   thing" and never another entry: the reverted attempt did both after a right answer);
 * - it did not (it asked for a detail, said it had nothing, or the answer was on another topic):
 *   the miss owned, and the question answered now, or said plainly to be beyond us, with a person.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { Facts } from './engine-state';
import { chasingFrustration } from '../understanding/chasing-frustration';
import { answerWithSource } from './flows/fault-flow';
import { lookUpAnswer } from './flows/policy-flow';
import { questionTopic, replyCovers } from './question-topic';

const COUNT_ZH = '(?:[二两三四五六七八九十几多]+|\\d+|n|N)';
const COUNT_EN = '(?:twice|(?:\\d+|two|three|four|five|six|several|many|multiple|so many|a few|a hundred) times)';

/** Words that can only mean "I asked this already, here": counted, or pointing back to what was asked. */
const ASKED_BEFORE = new RegExp(
  [
    `(?:问|说|讲)(?:了|过)(?:好|这么|那么)?${COUNT_ZH}(?:遍|次|回)`,
    `第${COUNT_ZH}(?:次|遍)(?:问|说|讲)`,
    `(?:问|说|讲)(?:你|您)?(?:好|这么|那么)?(?:几|多少|好几)(?:遍|次|回)`,
    `(?:再|又)(?:问|说)(?:你|您)?一(?:遍|次)`,
    `(?:问|说)(?:你|您)?(?:半天|好久|老半天)`,
    // ("我刚说了" is a fact given already, and "我问的是…" a miss pointed out, mistake-pointed-out.ts: neither is this.)
    `我(?:刚才|刚刚|刚|之前|前面|上面|一开始|开头)(?:就|已经)?问(?:的|过|了)(?:是|就是)?`,
    `\\bhow many (?:more )?times (?:do|must|should|will|have|did|shall|am) i\\b`,
    `\\bi(?:'ve| have)? (?:already |just )?(?:asked|said)(?: you)?(?: (?:this|that|it|the same thing))?(?: (?:already|before|earlier|${COUNT_EN}))+`,
    `\\b(?:asked|asking)(?: (?:you|this|that|it|the same(?: thing| question)?|about (?:this|that|it)))* (?:${COUNT_EN}|again|already)\\b`,
    `\\b(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) time (?:i(?:'m| am)? ask|i(?:'ve| have) asked|asking|of asking)\\w*`,
    // ("it broke for the third time" counts faults, not asks.)
    `\\bask(?:ing|ed)?\\b[^.?!]{0,20}\\bfor the (?:second|third|fourth|fifth|last|\\d+(?:nd|rd|th)) time\\b`,
    `\\bi keep (?:asking|repeating)(?: (?:myself|this|it|you))?`,
    `\\b(?:like|as) i asked(?: (?:before|already|earlier))?`,
  ].join('|'),
  'gi',
);

/** Words that press for an answer without counting ("到底…", "just tell me"): asking again only when it is the same question. */
// ("阀没开到底", "拧到底": all the way round, no pressing.)
const PRESSES =
  /(?<![开拧按推插拉踩旋关调塞压])到底|究竟|直接(?:说|告诉我)|就(?:问|想知道)一句|给个准话|给句准话|\bjust (?:tell me|answer)\b|\byes or no\b|\bsimple question\b|\bstraight answer\b|\bor not\b/i;

/** Another way of reaching us, or days gone by, named beside the count: that is chasing earlier contacts, not this chat. */
const OTHER_CONTACT =
  /打电话|电话|来电|热线|催|找(?:了|过)?你们|联系|反映|投诉|上周|昨天|前天|这周|这几天|几天|\b(?:call(?:ed|ing|s)?(?![- ]?outs?\b)|phon(?:e|ed|ing)|rang|ring|e-?mail(?:ed)?|chas(?:e|ed|ing)|contact(?:ed)?|hotline|yesterday|last week|this week|days|complain\w*)\b/i;

/** What is left of a message once the asking-again words and the small words around them are gone. */
function leftOver(text: string): string {
  return text
    .replace(ASKED_BEFORE, ' ')
    .replace(new RegExp(PRESSES.source, 'gi'), ' ')
    .replace(
      /看看|瞧瞧|拜托|麻烦|无语|服了|好不好|我|都|已经|这个问题|这个|你|您|了|啊|呀|啦|吧|呢|嘛|哎|唉|到底|\b(?:this|that|it|again|already|now|you|me|question|the|same|thing|seriously|ok|okay|so|just|still|to|ask|asking|asked|and|but|please|i|have|do)\b/gi,
      ' ',
    )
    .replace(/[\s,，。.!！?？:：;；~～…"'“”]+/g, ' ')
    .trim();
}

/** The question asked again in words, when the message has one ("我刚才问的是多少钱" -> "多少钱"); empty when only the asking again is said. */
function questionIn(text: string): string {
  const rest = leftOver(text);
  return /[\u4e00-\u9fff]{2}|[a-z]{3,}/i.test(rest) ? text.replace(ASKED_BEFORE, ' ').replace(/\s+/g, ' ').trim() : '';
}

/** A question with no subject of its own ("能不能用啊", "can I use it or not?"). */
function vague(question: string): boolean {
  const rest = leftOver(question).replace(
    /能不能|可不可以|行不行|是不是|要不要|有没有|会不会|一下|用|能|行|会|要|\b(?:can|could|use|or|not|yes|no|is|are|does|will|would|what|how|my|do|get|fine|work|should)\b/gi,
    ' ',
  );
  return !/[\u4e00-\u9fff]{2}|[a-z]{4,}/i.test(rest);
}

/** Two questions about the same thing: the same kind of question, or words they share. */
function sameQuestion(now: string, before: string): boolean {
  // (Clause by clause: "过了保修期，上门修收费吗" asks a price, though it names the warranty first.)
  const topic = questionTopic(now);
  if (topic !== 'other' && before.split(/[,，。;；]/).some((clause) => questionTopic(clause) === topic)) return true;
  // (Pairs of characters that carry content: "阳台" is shared by "放在阳台吗" and "到底能不能放阳台", "能不" says nothing.)
  const pairs = (s: string) => new Set([...s.matchAll(/(?=([\u4e00-\u9fff]{2}))/g)].map((m) => m[1]!).filter((p) => !/[不吗么什怎是可以能要这那个的了我你您到底究竟啊呢吧]/.test(p)));
  const earlier = pairs(before);
  const shared = [...pairs(now)].filter((p) => earlier.has(p)).length;
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const earlierWords = words(before);
  return shared >= 1 || [...words(leftOver(now))].some((w) => earlierWords.has(w));
}

/** The customer says they are asking again, in this chat, what they asked last (`lastQuestion`). */
// (With no question remembered, only a message that says its question again: "我刚才问的是多少钱".)
export function asksAgain(text: string, lastQuestion: string | undefined): boolean {
  // (Told the same promise each time, "每次都说会安排 我都问了三次了", is the chase with the count beside it.)
  if (OTHER_CONTACT.test(text) || chasingFrustration(text.replace(ASKED_BEFORE, ' '))) return false;
  if (new RegExp(ASKED_BEFORE.source, 'i').test(text)) return Boolean(lastQuestion || questionIn(text));
  return Boolean(lastQuestion && PRESSES.test(text) && sameQuestion(text, lastQuestion));
}

/** A reply that says it has nothing to give, or cannot help. */
const NO_ANSWER =
  /没有(?:确切的|可靠的|相关的|对得上的)?(?:资料|信息|处理方法)|不想给您说错|帮不上忙|不能乱猜|无法确认|\b(?:no|don'?t have) (?:reliable |any )?(?:information|info|fix)\b|\bwon'?t guess\b|\bcan'?t (?:help|confirm)\b/i;
/** A numbered self-help step ("1. 断电5分钟", "2) check the hose"). */
const STEP = /^\d+\s*[.、)）]/;
/** Lines that are no answer: our greeting, a question back, a stock offer. */
const NOT_AN_ANSWER = /^(?:您好，我是|Hi, I'm the)|[?？]$|^(?:还有什么|Anything else)/;

/**
 * The answer our last reply gave: a knowledge answer (the line before its source line, "（依据：…）",
 * "(Source: …)"), or else a plain answer (its first line that is neither greeting nor a question
 * back); none when the reply only asked for a detail or said it had nothing.
 */
function answerIn(reply: string | undefined, knowledgeOnly = false): { answer: string; steps: string[]; source?: string } | undefined {
  const lines = (reply ?? '').split('\n').map((line) => line.trim());
  const unprefixed = (line: string) => line.replace(/^(?:简单说|In short)[:：]\s*/, '');
  const at = lines.findIndex((line, i) => i > 0 && /^[（(](?:依据|Source|Based on)/.test(line));
  if (at > 0) {
    // A fault case's steps are its answer whole: the line that leads them in, then every step.
    let first = at - 1;
    while (first > 0 && STEP.test(lines[first]!)) first--;
    return { answer: unprefixed(lines[first]!), steps: lines.slice(first + 1, at), source: lines[at]! };
  }
  if (knowledgeOnly || NO_ANSWER.test(reply ?? '')) return undefined;
  const plain = lines.find((line) => line && !NOT_AN_ANSWER.test(line) && !/^(?:抱歉|Sorry)/.test(line));
  return plain ? { answer: unprefixed(plain), steps: [] } : undefined;
}

/** The first sentences of an answer, enough to answer and no more (a first sentence that is only "要收费。" or "No." takes the next). */
function shortened(answer: string, lang: Lang): string {
  const sentences = (lang === 'zh' ? answer.match(/[^。！？]+[。！？]?/g) : answer.match(/.+?(?:[.!?](?=\s|$)|$)/g)) ?? [answer];
  const [enough, most] = lang === 'zh' ? [40, 130] : [80, 240];
  let short = sentences[0].trim();
  for (const sentence of sentences.slice(1)) {
    const longer = lang === 'zh' ? short + sentence.trim() : `${short} ${sentence.trim()}`;
    if (short.length >= enough || longer.length > most) break;
    short = longer;
  }
  return short;
}

const WORDS = {
  notClear: { zh: '抱歉，刚才没说清楚。', en: "Sorry, I wasn't clear." },
  stillNotClear: { zh: '抱歉，还是没让您听明白，我再直接说一次。', en: "Sorry that still wasn't clear; here it is as plainly as I can." },
  inShort: { zh: '简单说：', en: 'In short: ' },
  person: {
    zh: '如果这还不是您想问的，回复“转人工”，请人工客服直接回答您。',
    en: 'If that still isn\'t what you need, reply "human" and a person will answer you directly.',
  },
  missed: { zh: '抱歉，刚才没有直接回答您的问题。', en: "Sorry, I didn't actually answer your question." },
  cannot: {
    zh: '这个我这里没有确切的资料，不想给您说错。回复“转人工”，人工客服会直接回答您。',
    en: 'I don\'t have reliable information on that and won\'t guess. Reply "human" and a person will answer you directly.',
  },
} as const;

export interface AskedAgainTurn {
  text: string;
  lang: Lang;
  /** Our last reply, to know whether it answered. */
  lastReply: string | undefined;
  /** The reply before it: the answer, when the last reply only acknowledged something ("好的" -> "还有什么可以帮您？"). */
  replyBefore: string | undefined;
  /** The question the customer asked last in this chat. */
  lastQuestion: string | undefined;
  tools: ToolBox;
  facts: Facts;
}

/** The reply to a question asked again in this chat (and the entry it cites, when one is looked up); undefined when the message is no such thing. */
export async function askedAgainReply(t: AskedAgainTurn): Promise<{ text: string; cite?: string } | undefined> {
  // (Only in a chat already under way: a first message counting its asks is a returning customer chasing.)
  if (!t.lastReply || !asksAgain(t.text, t.lastQuestion)) return undefined;
  const restated = questionIn(t.text);
  const question = restated || t.lastQuestion || '';
  // (An answer two replies back counts only when nothing since asked or refused anything, and it is the same question.)
  const between = !answerIn(t.lastReply) && !NO_ANSWER.test(t.lastReply) && (!restated || sameQuestion(restated, t.lastQuestion ?? ''));
  const given = answerIn(t.lastReply) ?? (between ? answerIn(t.replyBefore, true) : undefined);
  // It answered when it gave an answer on the topic asked: the same answer, shorter, first.
  // (A question of its own, "我刚才问的是配送", on no topic we can check, must be the one asked before.)
  const restatedFits = !restated || vague(restated) || (questionTopic(restated) === 'other' ? sameQuestion(restated, t.lastQuestion ?? '') : replyCovers(questionTopic(restated), given?.answer ?? ''));
  if (given && restatedFits) {
    const again = Boolean(t.lastReply?.includes(WORDS.inShort[t.lang]));
    const lines = [again ? WORDS.stillNotClear[t.lang] : WORDS.notClear[t.lang], given.steps.length ? given.answer : `${WORDS.inShort[t.lang]}${shortened(given.answer, t.lang)}`, ...given.steps];
    if (given.source) lines.push(given.source);
    if (again) lines.push(WORDS.person[t.lang]);
    return { text: lines.join('\n') };
  }
  // It did not: the miss owned, and the answer now, never the entry that missed given again.
  // ("can I use it or not?" says nothing of its own: the question it points back to is looked up with it.)
  const lookedUp = restated && t.lastQuestion && (sameQuestion(restated, t.lastQuestion) || vague(restated)) ? `${t.lastQuestion} ${restated}` : question;
  const hit = await lookUpAnswer({ tools: t.tools, facts: t.facts }, lookedUp.slice(0, 300));
  const fits = hit?.answer && !t.lastReply?.includes(hit.answer) && replyCovers(questionTopic(question), hit.answer);
  if (hit && fits) return { text: [WORDS.missed[t.lang], answerWithSource(hit, t.lang)].join('\n'), cite: hit.id };
  return { text: [WORDS.missed[t.lang], WORDS.cannot[t.lang]].join('\n') };
}
