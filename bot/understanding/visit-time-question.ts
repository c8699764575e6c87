/**
 * "周六可以上门吗", "明天下午能来吗", "can you come Saturday?", "is a weekend visit possible?": asking
 * whether the engineer can come at a time. Before or inside a booking it is the preferred time,
 * taken as such; the exact time is agreed by phone by the service point. It is never a question
 * to look up ("no reliable information", issue 16).
 */
import { findVisitTime } from './visit-time';

/** Coming, visiting, sending someone, booking a slot. */
const COME_ZH = /上门|过来|来(?:得了|得及|不了)?|到(?:家|得了)?|派(?:人|师傅|工程师)|安排|约|修/;
const COME_EN = /\b(?:come|coming|visit|send|booking|book|schedule|arrange|available|availability|make it|possible|slot|free|open|technician|engineer|someone)\b/i;
/** Asking rather than telling. */
const ASKS_ZH = /[?？]|[吗么嘛][\s。!！]*$|能不能|可不可以|可以不|行不行|有没有|来得了|来不了|[能可]否|行吗|成吗/;
const ASKS_EN = /[?]|^\s*(?:can|could|would|will|is|are|do|does|any chance|how about|what about)\b/i;
/** Words of something else (a fault, a price, a ticket): not only a question about the time. */
const OTHER =
  /坏|不制冷|不加热|漏|响|报错|故障|多少钱|收费|费用|工单|取消|改到|改成|换到|推迟|\b(?:broken|leak\w*|noise|error|cost|price|fee|charge|ticket|cancel|reschedul\w*|instead|move|how much)\b/i;

/** The time asked about ("周六", "tomorrow morning") when `text` only asks whether someone can come then. */
export function askedVisitTime(text: string): string | undefined {
  const raw = text.trim();
  if (!raw || raw.length > 50 || OTHER.test(raw)) return undefined;
  const when = findVisitTime(raw);
  if (!when) return undefined;
  const zh = /[\u4e00-\u9fff]/.test(raw);
  const rest = raw.replace(when, ' ');
  if (zh ? !(COME_ZH.test(rest) && ASKS_ZH.test(raw)) : !(COME_EN.test(rest) && ASKS_EN.test(raw))) return undefined;
  return when;
}
