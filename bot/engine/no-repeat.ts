/**
 * Issue 16's rule, kept in one place: no reply repeats the one before it. A customer who gets the
 * same words again thinks the bot is stuck, and "我换个说法：" in front of the same words is the same
 * reply. When the built reply would repeat itself, the assistant changes what it does: it asks
 * with choices and an example, then offers the way out (skip, a person, cancel).
 */
import type { Lang } from '../phrases';
import { isChangesLine } from './changes-line';
import type { Bilingual } from './commands';

const norm = (line: string): string => line.replace(/[\s，。、,.!！?？：:；;“”"'（）()]/g, '').toLowerCase();

/**
 * Whether `reply` says nothing the earlier reply did not: every line of it was said before, or all
 * that is new is one short lead ("我没太明白您的意思。") in front of the old words.
 */
export function repeats(reply: string, earlier: string | undefined): boolean {
  if (!reply || !earlier) return false;
  const said = new Set(earlier.split('\n').map(norm).filter(Boolean));
  // "已按您说的改好：故障码 E4。" before the open question asked again is the change just made, not a repeat.
  if (reply.split('\n').some(isChangesLine)) return false;
  const lines = reply.split('\n').map(norm).filter(Boolean);
  if (!lines.length) return false;
  const fresh = lines.filter((l) => !said.has(l));
  if (!fresh.length) return true;
  // One short new line in front of the same text ("我换个说法：") adds nothing; a new line of a
  // summary ("· 方便时间：工作日晚上7点以后") is the change the customer just made.
  return fresh.length === 1 && !/^[·•-]/.test(fresh[0]!) && fresh[0]!.length <= 24 && lines.length > 1 && lines.length - 1 >= said.size;
}

const L = (zh: string, en: string): Bilingual => ({ zh, en });

/** Where the conversation stands when the reply would repeat: what can be done instead. */
export type Standing = 'confirm' | 'collect' | 'offer' | 'feedback' | 'none';

const INSTEAD: Record<Standing, [Bilingual, Bilingual]> = {
  confirm: [
    L(
      '信息还是上面那些。回复“对”我就提交；要改的话直接发新内容，比如“电话改成13900000000”或“地址是…3号楼501”。',
      'The details are still as above. Reply "yes" and I will file it; to change something, just send it, e.g. "phone is 13900000000" or "address: …, flat 501".',
    ),
    L(
      '看来这一步卡住了。您可以回复“对”提交、回复“取消”放弃，或者回复“转人工”让客服帮您核对。',
      'We seem stuck here. Reply "yes" to file it, "cancel" to drop it, or "human" and a person will check it with you.',
    ),
  ],
  collect: [
    L('不方便提供这一项的话，回复“跳过”，我先按现有信息继续；也可以回复“转人工”。', 'If you can\'t give this, reply "skip" and I\'ll go on with what I have; or reply "human" for a person.'),
    L('这一步好像卡住了：回复“跳过”先往下走，回复“取消”放弃，或回复“转人工”找客服。', 'This step seems stuck: reply "skip" to move on, "cancel" to drop it, or "human" for a person.'),
  ],
  offer: [
    L('您可以：1. 回复“好的”，我来登记；2. 回复“不用了”；3. 回复“转人工”找客服。', 'You can: 1. reply "yes" and I\'ll set it up; 2. reply "no thanks"; 3. reply "human" for a person.'),
    L('如果我没理解对您的意思，回复“转人工”，客服会直接帮您处理。', 'If I have misunderstood you, reply "human" and a person will take it from here.'),
  ],
  feedback: [
    L(
      '按上面的方法试过还不行的话，回复“还是不行”，我帮您安排维修；好了就回复“好了”；也可以回复“转人工”。',
      'If the steps above did not help, reply "still not working" and I\'ll arrange a repair; "fixed" if it works; or "human" for a person.',
    ),
    L('如果我没理解对，回复“转人工”，客服会直接帮您处理。', 'If I have misunderstood, reply "human" and a person will take it from here.'),
  ],
  none: [
    L(
      '换个方式：您可以直接说 1. 产品和故障（比如“洗碗机不出水”）；2. 工单号查进度；3. “转人工”找客服。',
      'Another way: just tell me 1. the product and the fault (e.g. "dishwasher won\'t drain"); 2. a ticket number to check; 3. "human" for a person.',
    ),
    L('如果我没帮上忙，回复“转人工”，客服会接着为您处理。', 'If I have not been able to help, reply "human" and a person will take over.'),
  ],
};

/**
 * What to say instead of a repeat. `ask` is the question of the step in its other wording, when
 * the step has one the customer has not just heard; `times` counts the repeats already broken in a
 * row, so the second time the way out comes first.
 */
export function insteadOfRepeat(standing: Standing, lang: Lang, times: number, ask?: string, repeated?: string): string {
  const [first, second] = INSTEAD[standing];
  // Outside a form, the same answer to the same request ("too many wrong codes", a policy) is still
  // the answer: said as such, short, with the way to a person; a menu in its place would lose it.
  if (standing === 'none' && repeated) {
    const prefix = times % 2 === 0 ? (lang === 'zh' ? '和刚才说的一样：' : 'As I said: ') : lang === 'zh' ? '还是这样：' : 'Still the same: ';
    return `${prefix}${repeated}\n${second[lang]}`;
  }
  if (times > 0) return second[lang];
  return ask ? `${ask}\n${first[lang]}` : first[lang];
}

/** A reply that only acknowledges ("好的。", "OK. Anything else?"): never the answer to a question. */
export function onlyAcknowledges(reply: string, acks: string[]): boolean {
  const known = new Set(acks.map(norm));
  // "已按您说的改好：故障码 E4。" before the open question asked again is the change just made, not a repeat.
  if (reply.split('\n').some(isChangesLine)) return false;
  const lines = reply.split('\n').map(norm).filter(Boolean);
  return lines.length > 0 && lines.every((l) => known.has(l));
}
