/**
 * A ticket's history as an agent reads it, in the desk's two languages: what changed, from what to
 * what, in words ("P2（较急）→ P1（紧急）", "phone added from the customer's message"), never a bare
 * field name. Who made the change is shown beside it by the desk (the event's actor).
 */
import { FROM_CUSTOMER_MESSAGE } from '../bot/held-chat-contact';
import { demandsNoteIn } from '../bot/engine/demands-heard';
import type { Priority, TicketEvent } from '../tickets/ticket';

export interface Words {
  zh: string;
  en: string;
}

/** The urgency tiers in plain words (tickets/sla.ts holds their clocks). */
export const PRIORITY_WORDS: Record<Priority, Words> = {
  P1: { zh: '紧急', en: 'urgent' },
  P2: { zh: '较急', en: 'high' },
  P3: { zh: '一般', en: 'normal' },
  P4: { zh: '不急', en: 'low' },
};

const STATUS_WORDS: Record<string, Words> = {
  new: { zh: '新建', en: 'new' },
  open: { zh: '待处理', en: 'open' },
  in_progress: { zh: '处理中', en: 'in progress' },
  waiting_customer: { zh: '等客户回复', en: 'waiting for the customer' },
  resolved: { zh: '已解决', en: 'resolved' },
  closed: { zh: '已关闭', en: 'closed' },
};

const FIELD_WORDS: Record<string, Words> = {
  priority: { zh: '优先级', en: 'priority' },
  contactPhone: { zh: '电话', en: 'phone' },
  address: { zh: '地址', en: 'address' },
  category: { zh: '产品', en: 'product' },
  brand: { zh: '品牌', en: 'brand' },
  model: { zh: '型号', en: 'model' },
  serial: { zh: '序列号', en: 'serial number' },
  errorCode: { zh: '故障码', en: 'error code' },
  symptom: { zh: '故障描述', en: 'fault' },
  purchaseDate: { zh: '购买日期', en: 'purchase date' },
  warrantyStatus: { zh: '保修', en: 'warranty' },
  sentiment: { zh: '情绪', en: 'mood' },
  assignee: { zh: '处理人', en: 'assignee' },
};

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function priorityIn(value: unknown, lang: keyof Words): string {
  const p = text(value) as Priority;
  const words = PRIORITY_WORDS[p];
  if (!words) return p;
  return lang === 'zh' ? `${p}（${words.zh}）` : `${p} (${words.en})`;
}

function valueIn(field: string, value: unknown, lang: keyof Words): string {
  if (field === 'priority') return priorityIn(value, lang);
  if (field === 'assignee') return agentName(text(value));
  return text(value);
}

/**
 * An agent as people call them: "li", not the account's actor id ("web-desk:li", "agent:web-desk:li").
 * Ids from other desks (a Slack user) are shown as they are, without the "agent:" prefix.
 */
export function agentName(actor: string): string {
  return actor.replace(/^agent:/, '').replace(/^web-desk:/, '');
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * A text the bot or the desk stored in both languages, in each: the demands note ("客户要求 /
 * Customer asks for: …") and a whole "English / 中文" note ("released to the queue / 放回待接队列").
 * Undefined for a text in one language (an agent's own note), which is shown as written.
 */
export function bilingualWords(stored: string): Words | undefined {
  const zh = demandsNoteIn(stored, 'zh');
  if (zh !== stored) return { zh, en: demandsNoteIn(stored, 'en') };
  const halves = /^([^/]+) \/ ([^/]+)$/.exec(stored);
  if (!halves) return undefined;
  const [en, cn] = [halves[1]!.trim(), halves[2]!.trim()];
  return !HAS_CHINESE.test(en) && HAS_CHINESE.test(cn) ? { zh: cn, en } : undefined;
}

/** One field's change in words: "优先级 P2（较急）→ P1（紧急）", "phone added from the customer's message: …". */
function changeWords(field: string, change: { from?: unknown; to?: unknown }, actor: string): Words {
  const name = FIELD_WORDS[field] ?? { zh: field, en: field };
  const from = { zh: valueIn(field, change.from, 'zh'), en: valueIn(field, change.from, 'en') };
  const to = { zh: valueIn(field, change.to, 'zh'), en: valueIn(field, change.to, 'en') };
  if (!from.en) {
    const fromCustomer = actor === FROM_CUSTOMER_MESSAGE;
    return fromCustomer
      ? { zh: `已从客户消息中补充${name.zh}：${to.zh}`, en: `${name.en} added from the customer's message: ${to.en}` }
      : { zh: `补充${name.zh}：${to.zh}`, en: `${name.en} added: ${to.en}` };
  }
  return { zh: `${name.zh} ${from.zh} → ${to.zh}`, en: `${name.en} ${from.en} → ${to.en}` };
}

/** The event in words in both languages; undefined for an event that is shown by its own text (an agent's note, a score). */
export function ticketEventWords(event: Pick<TicketEvent, 'kind' | 'detail' | 'actor'>): Words | undefined {
  const d = event.detail;
  if (event.kind === 'updated' && d.changes && typeof d.changes === 'object') {
    const parts = Object.entries(d.changes as Record<string, { from?: unknown; to?: unknown }>).map(([field, change]) => changeWords(field, change ?? {}, event.actor));
    return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
  }
  if (event.kind === 'note') return bilingualWords(text(d.text ?? d.note));
  if (event.kind === 'status_changed') {
    const from = STATUS_WORDS[text(d.from)] ?? { zh: text(d.from), en: text(d.from) };
    const to = STATUS_WORDS[text(d.to)] ?? { zh: text(d.to), en: text(d.to) };
    const note = d.note ? ` (${text(d.note)})` : '';
    return { zh: `状态 ${from.zh} → ${to.zh}${note}`, en: `status ${from.en} → ${to.en}${note}` };
  }
  return undefined;
}
