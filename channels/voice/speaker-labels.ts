/**
 * Who is speaking, from the labels call centres and ASR exports use: 客服/坐席/话务员 and 客户/用户/来电人
 * in Chinese, Agent/Rep/Operator and Customer/Caller/Client in English, and the one-letter A:/C:.
 * A Chinese label may carry a name or a staff number (客服小王, 客服(工号1023)).
 */
import type { Speaker } from '../../bot/calls/call-transcript';

const AGENT_ZH = ['客服代表', '客服人员', '人工客服', '客服', '坐席', '座席', '话务员', '接线员', '售后'];
const CUSTOMER_ZH = ['来电人', '来电者', '客户', '用户', '顾客', '来电', '客人'];
const AGENT_EN = ['agent', 'rep', 'representative', 'csr', 'operator', 'staff', 'support', 'a'];
const CUSTOMER_EN = ['customer', 'caller', 'client', 'user', 'c', 'u'];

/** The speaker a bare label names (the text of a <v> tag, a JSON "speaker" value), or undefined. */
export function speakerOf(label: string): Speaker | undefined {
  const l = label
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]*\d*$/, '');
  const zh = (list: string[]) => list.some((w) => l === w || (l.startsWith(w) && /^[\u4e00-\u9fff()（）工号\d\s]{0,10}$/.test(l.slice(w.length))));
  if (AGENT_EN.includes(l) || zh(AGENT_ZH)) return 'agent';
  if (CUSTOMER_EN.includes(l) || zh(CUSTOMER_ZH)) return 'customer';
  return undefined;
}

// A label, an optional name or staff number in brackets, then a colon (either width).
const LABELLED = /^\s*([A-Za-z]{1,14}|[\u4e00-\u9fff]{1,8}(?:\s*[(（][^)）]{0,16}[)）])?)\s*[:：]\s*(.*)$/s;

/** Splits "客服：您好" into its speaker and words; undefined when the line starts with no known label. */
export function splitLabel(line: string): { speaker: Speaker; text: string } | undefined {
  const m = LABELLED.exec(line);
  if (!m) return undefined;
  const speaker = speakerOf(m[1]!.replace(/\s*[(（].*$/, ''));
  return speaker ? { speaker, text: m[2]!.trim() } : undefined;
}
