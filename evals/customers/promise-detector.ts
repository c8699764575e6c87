/**
 * Issue 17's measure, "a handoff never promises a time it cannot keep", read from what the
 * customer saw. In the replay nobody staffs the desk, so two kinds of promise cannot be kept:
 * - **immediacy**: "马上为您转接", "connecting you now", "someone will reply shortly" — with no
 *   agent online nobody can;
 * - **a contact time outside the desk's hours or before the replay began**: "we will call you by
 *   03:33", or a deadline earlier than the dataset's morning. The desk works 8:00–20:00 China time
 *   (bot/engine/wording.ts BUSINESS_HOURS, read here so the two cannot drift apart).
 *
 * Written from the customer's side, not from the bot's templates: any sentence that promises
 * contact (联系/回复/回电/打电话…前, "contact/call/reply … by") is read, however it is worded. Only the
 * first clock time of a sentence is taken: a reply to a customer abroad adds their local time after
 * the China time ("by 5 Dec, 20:00 China time (that is 17:30 in India)"), and that one may lie
 * outside China's hours.
 */
import { BUSINESS_HOURS } from '../../bot/engine/wording';
import type { CustomerRun } from './customer-run';
import type { Failure } from './failure-kinds';

/** The replay's first moment in China time (evals/customers/replay-server.ts DATASET_TODAY): 5 Dec, 10:00. */
const REPLAY_START = { month: 12, day: 5, minutes: 10 * 60 };

const SENTENCES = /(?<=[。！？!?\n])|(?<=[.;；])\s+/;

/** A promise that someone will be in touch, with a deadline word. */
const CONTACT_ZH = /(联系|回复|回电|致电|打电话|来电|答复|跟进|处理)/;
const DEADLINE_ZH = /前|之前|以内|之内/;
const CONTACT_EN = /\b(contact|call|ring|reply|respond|get back|be in touch|reach|follow up)\w*\b/i;
const DEADLINE_EN = /\b(by|before|within|no later than)\b/i;

/** A person said to act at once. Negated or conditional forms are left out by the lookbehind. */
const IMMEDIATE_ZH = /(?<!不会|无法|没法|不能)(马上|立刻|立即|即刻|现在就)(为您|给您|帮您)?(转接|转给|接通|接入|联系您|回复您|安排(人工|客服))/;
const IMMEDIATE_EN =
  /\b(connect|transfer|put)\w*\b[^.!?]{0,30}\b(now|right away|immediately|straight away|in a moment|in a minute)\b|\b(agent|person|colleague|someone)\b[^.!?]{0,30}\b(right away|immediately|straight away|in a moment|in a minute|shortly)\b/i;

/** "I cannot connect you right away", "nobody can reply immediately": the honest opposite of a promise. */
const NEGATED_EN = /\b(cannot|can['’]t|can not|won['’]t|unable|not|nobody|no one)\b/i;

function promisesAtOnce(sentence: string): boolean {
  if (IMMEDIATE_ZH.test(sentence)) return true;
  const en = IMMEDIATE_EN.exec(sentence);
  return Boolean(en && !NEGATED_EN.test(sentence.slice(0, en.index + en[0].length)));
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

interface Promised {
  month?: number;
  day?: number;
  minutes: number;
}

/** The first "HH:MM" of a sentence, with the date written just before it when there is one. */
function firstTime(sentence: string): Promised | undefined {
  const clock = /(\d{1,2})[:：](\d{2})/.exec(sentence);
  if (!clock) return undefined;
  const before = sentence.slice(0, clock.index);
  const zhDate = /(\d{1,2})月(\d{1,2})日[^\d]*$/.exec(before);
  const enDate = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s*$/.exec(before);
  const minutes = Number(clock[1]) * 60 + Number(clock[2]);
  if (zhDate) return { month: Number(zhDate[1]), day: Number(zhDate[2]), minutes };
  if (enDate && MONTHS[enDate[2]!.toLowerCase()]) return { month: MONTHS[enDate[2]!.toLowerCase()], day: Number(enDate[1]), minutes };
  return { minutes };
}

function isPromise(sentence: string): boolean {
  return (CONTACT_ZH.test(sentence) && DEADLINE_ZH.test(sentence)) || (CONTACT_EN.test(sentence) && DEADLINE_EN.test(sentence));
}

/** Why a promised time cannot be kept, or undefined when it can. */
function unkeepable(time: Promised): string | undefined {
  if (time.minutes < BUSINESS_HOURS.open * 60 || time.minutes > BUSINESS_HOURS.close * 60) return 'outside the desk hours';
  if (time.month === REPLAY_START.month && time.day !== undefined && (time.day < REPLAY_START.day || (time.day === REPLAY_START.day && time.minutes < REPLAY_START.minutes)))
    return 'before the conversation';
  return undefined;
}

const quote = (text: string) => `“${text.length > 70 ? `${text.slice(0, 70)}…` : text.trim()}”`;

export function unkeptPromises(run: CustomerRun): Failure[] {
  const found: Failure[] = [];
  run.turns.forEach((t, i) => {
    for (const sentence of t.replies.flatMap((r) => r.split(SENTENCES))) {
      if (promisesAtOnce(sentence)) {
        found.push({ kind: 'unkept_promise', turn: i + 1, detail: `turn ${i + 1}: promised a person at once with nobody online: ${quote(sentence)}` });
        continue;
      }
      if (!isPromise(sentence)) continue;
      const time = firstTime(sentence);
      const why = time && unkeepable(time);
      if (why) found.push({ kind: 'unkept_promise', turn: i + 1, detail: `turn ${i + 1}: promised a contact time ${why}: ${quote(sentence)}` });
    }
  });
  return found;
}
