/**
 * The output guard: checks a reply against what the turn's tools actually returned before it
 * reaches a customer. Shared by both brains (the fallback wrapper runs it on every reply).
 *
 * A model can be talked into anything (a car for $1, a ¥5,000 payout, a warranty to 2030), so the
 * rule is simple: money, refunds, compensation, discounts, codes and warranty dates or extensions
 * may appear only when a tool result carried them, and sentences that refuse or defer them ("I
 * cannot promise a refund; a colleague will review it") are fine. Legally binding language, links
 * and images outside an allow-list, e-mail addresses, the system prompt's canary and its text,
 * and profanity never pass.
 */
import { normalForm, sentences } from './text-normal-form';
import { TICKET_NUMBER_PATTERN } from '../../tickets/ticket-number';

export type ViolationKind =
  'money' | 'refund' | 'compensation' | 'discount' | 'code' | 'warranty' | 'binding' | 'link' | 'image' | 'email' | 'canary' | 'prompt_leak' | 'profanity' | 'policy' | 'off_topic' | 'degenerate';

export interface GuardViolation {
  kind: ViolationKind;
  /** The offending text (cut for logs). */
  match: string;
  /** Why, for the log and the agent desk, in both languages. */
  reason: { zh: string; en: string };
}

export interface GuardResult {
  ok: boolean;
  violations: GuardViolation[];
}

export interface OutputGuardOptions {
  /** Hosts links may point to (a host also allows its subdomains). Default: none. */
  allowedLinkHosts?: string[];
  /** Strings that must never appear in output (the system prompt's canary). */
  canaries?: string[];
  /** The system prompt (or its distinctive parts): long passages of it must not be echoed. */
  protectedText?: string[];
}

/** What the turn's tools returned: the only source a commitment may come from. */
export interface GuardEvidence {
  toolResults: unknown[];
}

const REASONS: Record<ViolationKind, { zh: string; en: string }> = {
  money: { zh: '提到了工具结果中没有的金额', en: 'states an amount of money no tool returned' },
  refund: { zh: '承诺了工具结果中没有的退款/退货', en: 'commits to a refund or return no tool granted' },
  compensation: { zh: '承诺了工具结果中没有的赔偿', en: 'commits to compensation no tool granted' },
  discount: { zh: '承诺了工具结果中没有的折扣或优惠', en: 'offers a discount no tool granted' },
  code: { zh: '给出了工具结果中没有的优惠码/授权码', en: 'gives a code no tool returned' },
  warranty: { zh: '给出了工具结果中没有的保修结论、日期或延保', en: 'states a warranty decision, date or extension no tool returned' },
  binding: { zh: '作出了具有法律效力或保证性质的承诺', en: 'makes a legally binding promise or guarantee' },
  link: { zh: '包含不在白名单内的链接', en: 'contains a link outside the allow-list' },
  image: { zh: '包含图片或外部资源引用', en: 'embeds an image or remote resource' },
  email: { zh: '包含电子邮件地址', en: 'contains an e-mail address' },
  canary: { zh: '泄露了系统提示中的标记', en: 'leaks the system prompt canary' },
  prompt_leak: { zh: '复述了系统提示内容', en: 'repeats the system prompt' },
  profanity: { zh: '包含不文明用语', en: 'contains profanity' },
  policy: { zh: '陈述了工具结果中没有的政策', en: 'states a policy no tool returned' },
  off_topic: { zh: '输出了与售后无关的内容（如代码）', en: 'produces off-topic content such as code' },
  degenerate: { zh: '回复异常（重复或过长）', en: 'is degenerate (repetitive or far too long)' },
};

/** Refusing or deferring is not committing: "cannot", "a colleague will review", 无法, 需要人工审核 (the claim checks read it too). */
export const NEGATION =
  /\b(?:not|never|cannot|can't|can ?not|unable|won't|isn't|aren't|don't|doesn't|only (?:a|our) (?:human|colleague|agent|specialist)|(?:human|colleague|agent|specialist)s? (?:will|can|must|would) (?:review|decide|check|look)|not (?:able|authori[sz]ed|allowed)|outside (?:my|what)|beyond (?:my|what))\b|无法|不能|不可以|不会|不予|没有权限|无权|不确定|没办法|不在|不支持|不属于|不提供|暂不|未能|需要人工|由人工|人工客服|专员|审核后|核实后|请人工|转人工|我不能|不可|并非|不是/i;

// Global: every amount in a sentence is checked (String.match with a global pattern starts at 0 each time).
const MONEY = /(?:[¥￥$€£]|RMB|CNY|USD|US\$)\s*\d[\d,，]*(?:\.\d+)?|\d[\d,，]*(?:\.\d+)?\s*(?:元|块钱|块|万元|美元|dollars?|bucks|yuan|RMB|CNY|USD)/gi;
const REFUND = /\b(?:refund(?:ed|s)?|reimburse\w*|money back|pay(?:ing)? you back|payout|return (?:it|the (?:product|phone|unit)) for|full return)\b|退款|退钱|退货|无理由退|打款|返款|退还/i;
const COMPENSATION = /\b(?:compensat\w*|damages|goodwill (?:payment|credit)|make it up to you with)\b|赔偿|补偿|赔付|赔您|赔你|理赔金/i;
// ("换新电池", a fresh battery or filter put in, is a step, not the trade-in 换新 a discount means.)
const DISCOUNT =
  /\b(?:discount\w*|coupons?|vouchers?|promo(?:tion(?:al)?)? codes?|\d{1,2}\s*%\s*off|free (?:replacement|upgrade|unit|phone|gift)|(?:replace|exchange)\w* (?:it |your \w+ )?(?:for )?free)\b|折扣|打折|[一二三四五六七八九\d]\s*折|优惠|返现|代金券|优惠券|礼品|免费换|换新(?!的?(?:电池|滤芯|滤网|灯泡|密封圈|门封|胶条))|免费更换/i;
const CODE_WORD = /(?<!(?:error|fault|model|zip|post(?:al)?)\s)\b(?:code|coupon|voucher|promo|redeem|authori[sz]ation)\b|优惠码|兑换码|券码|折扣码|授权码|激活码|验证码/i;
const CODE_TOKEN = /\b(?=[A-Z0-9-]{4,20}\b)(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*\b|\b\d{4,8}\b/g;
const WARRANTY_WORD = /\bwarrant\w*\b|\bguarantee period\b|保修|质保|三包|延保/i;
const WARRANTY_CLAIM =
  /\b(?:extend\w*|extension|lifetime|until|through|till|valid to|covered (?:until|to|through)|(?:is|are|still) (?:under|in|within) (?:the )?warranty|under warranty|in warranty)\b|延长|延保|终身|至\s*\d{4}|到\s*\d{4}|保修期内|在保|仍在保修|已过保|过保|保修期到/i;
const DATE = /\b(?:19|20)\d{2}[-/.年](?:0?[1-9]|1[0-2])(?:[-/.月](?:0?[1-9]|[12]\d|3[01])日?)?|\b(?:19|20)\d{2}\s*年|\b(?:19|20)\d{2}\b/g;
const BINDING =
  /\blegally binding\b|\bno take-?backs\b|\bbinding (?:offer|agreement|commitment)\b|\bI (?:hereby )?(?:guarantee|promise|commit)\b|\bwe (?:guarantee|promise)\b|\bwe will definitely (?:refund|pay|replace|compensate)\b|法律效力|法律约束力|具有约束力|绝不反悔|不得反悔|我(?:们)?保证|我(?:们)?承诺|郑重承诺|一定(?:给您|为您)?(?:退款|赔偿|换新|免费)/i;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>()"'，。）]+|\b(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|co|info|biz|xyz|top|site|online|me|app|dev|example|ru|tk|ly|gl)(?:\/[^\s<>()"'，。）]*)?\b/gi;
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|<iframe\b|<script\b/gi;
const MARKDOWN_LINK = /\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g;
const POLICY_CLAIM =
  /\b(?:our|new|the|company|official|this)\s+(?:[\w-]+\s+)?polic(?:y|ies)\b|\bpolicy (?:says|allows|covers|is)\b|新的?[“"'‘]?[^。！？\n]{0,8}[”"'’]?政策|政策规定|公司规定|我们的规定|特殊情况延保/i;
const CODE_OUTPUT = /```|\bimport\s+[\w.]+|\bdef\s+\w+\s*\(|\bfunction\s+\w+\s*\(|\brequests\.get\(|\bconsole\.log\(|<\/?(?:html|div|script)\b/i;
/** A reply longer than this is not a customer-service answer. */
const MAX_REPLY_CHARS = 3000;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Talk about its own instructions: a paraphrased prompt leaks what no copied passage shows. Not 系统提示 or system message: phones show those. */
const PROMPT_TALK =
  /\bsystem (?:prompt|instructions?)\b|\b(?:my|the) (?:instructions|hidden rules|guidelines|rules I follow) (?:say|says|tell|are|require|state)\b|\bI(?:'m| am) (?:instructed|programmed|configured) to\b|提示词|系统指令|我的指令|我收到的指令|我被设定为|我被要求只|开发者指令|内部指令/i;
const DELIMITER_TAGS = /<\/?(?:customer_message|turn_context|receipt_text|history_customer|tool_data|system)>/i;
const PROFANITY =
  /\b(?:fuck\w*|shit\w*|bitch\w*|asshole\w*|bastard\w*|dick(?:head)?|cunt\w*|motherfucker\w*|wtf|stfu|piss off|son of a bitch|dumbass|retard\w*|idiots?|morons?)\b|傻[逼比屄Bb]|傻子|笨蛋|煞笔|沙雕|妈的|他妈|你妈|操你|草泥马|尼玛|去死|滚蛋|给我滚|滚开|贱人|废物|蠢货|白痴|混蛋|王八蛋|狗东西|脑残|弱智/i;

/** Everything the tools returned, in one normal form, for "did a tool say this?" checks. */
function evidenceText(evidence: GuardEvidence): string {
  return normalForm(JSON.stringify(evidence.toolResults ?? [])).toLowerCase();
}

const digitsOf = (s: string) => s.replace(/[^\d.]/g, '').replace(/\.0+$/, '');

function hostAllowed(host: string, allowed: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => {
    const base = a.toLowerCase().replace(/^\*\./, '');
    return h === base || h.endsWith(`.${base}`);
  });
}

function hostOf(link: string): string {
  const withScheme = /^https?:\/\//i.test(link) ? link : `http://${link}`;
  try {
    return new URL(withScheme).hostname;
  } catch {
    return link.split(/[/?#]/)[0] ?? link;
  }
}

/**
 * Windows of the protected text every `step` characters; the reply is checked at every offset,
 * so any copied passage of size + step characters contains at least one whole window.
 */
function shingles(text: string, size: number, step: number): Set<string> {
  const compact = normalForm(text).toLowerCase().replace(/\s+/g, ' ');
  const out = new Set<string>();
  for (let i = 0; i + size <= compact.length; i += step) out.add(compact.slice(i, i + size));
  return out;
}

export class OutputGuard {
  private readonly allowed: string[];
  private readonly canaries: string[];
  private readonly protectedShingles: Set<string>;

  constructor(private readonly options: OutputGuardOptions = {}) {
    this.allowed = options.allowedLinkHosts ?? [];
    this.canaries = (options.canaries ?? []).filter((c) => c.length >= 6);
    this.protectedShingles = new Set((options.protectedText ?? []).flatMap((t) => [...shingles(t, 40, 8)]));
  }

  /** Hosts links may point to (the grounding check allows them too). */
  get allowedLinkHosts(): readonly string[] {
    return this.allowed;
  }

  /** A copy that also protects more secrets (a brain's canary and prompt, known only once it exists). */
  with(more: OutputGuardOptions): OutputGuard {
    return new OutputGuard({
      allowedLinkHosts: [...this.allowed, ...(more.allowedLinkHosts ?? [])],
      canaries: [...(this.options.canaries ?? []), ...(more.canaries ?? [])],
      protectedText: [...(this.options.protectedText ?? []), ...(more.protectedText ?? [])],
    });
  }

  check(reply: string, evidence: GuardEvidence = { toolResults: [] }): GuardResult {
    const violations: GuardViolation[] = [];
    const add = (kind: ViolationKind, match: string) => {
      if (!violations.some((v) => v.kind === kind && v.match === match)) violations.push({ kind, match: match.slice(0, 120), reason: REASONS[kind] });
    };
    const text = normalForm(reply);
    const lower = text.toLowerCase();
    const proof = evidenceText(evidence);
    const proved = (term: string) => proof.includes(normalForm(term).toLowerCase());

    // Secrets first: these never pass, whatever the tools said.
    const squashed = lower.replace(/[\s\-_.·]/g, '');
    for (const canary of this.canaries) {
      const c = canary.toLowerCase();
      if (lower.includes(c) || squashed.includes(c.replace(/[\s\-_.·]/g, ''))) add('canary', canary);
    }
    if (DELIMITER_TAGS.test(text)) add('prompt_leak', DELIMITER_TAGS.exec(text)![0]);
    if (PROMPT_TALK.test(text)) add('prompt_leak', PROMPT_TALK.exec(text)![0]);
    if (this.protectedShingles.size) {
      // A copied passage of about 50 characters or more is a leak; shorter overlaps are common phrases.
      const echoed = [...shingles(text, 40, 1)].find((s) => this.protectedShingles.has(s));
      if (echoed) add('prompt_leak', echoed);
    }
    const profane = PROFANITY.exec(text);
    if (profane) add('profanity', profane[0]);

    for (const image of text.match(MARKDOWN_IMAGE) ?? []) add('image', image);
    for (const [whole, target] of text.matchAll(MARKDOWN_LINK)) {
      if (whole.startsWith('!')) continue;
      const safe = /^https?:\/\//i.test(target!) && hostAllowed(hostOf(target!), this.allowed);
      if (!safe) add('link', whole);
    }
    const code = CODE_OUTPUT.exec(text);
    if (code) add('off_topic', code[0]);
    if (text.length > MAX_REPLY_CHARS) add('degenerate', `${text.length} characters`);
    const words = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [topWord, topCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (topCount >= 15 && topCount / words.length > 0.3) add('degenerate', `"${topWord}" x${topCount}`);
    for (const email of text.match(EMAIL) ?? []) {
      const host = email.split('@')[1] ?? '';
      if (!hostAllowed(host, this.allowed)) add('email', email);
    }
    const withoutEmails = text.replace(EMAIL, ' ');
    for (const link of withoutEmails.match(LINK) ?? []) {
      if (!hostAllowed(hostOf(link), this.allowed)) add('link', link);
    }

    for (const sentence of sentences(text)) {
      const negated = NEGATION.test(sentence);
      const binding = BINDING.exec(sentence);
      if (binding) {
        // "This is not legally binding" and "I cannot promise" are fine; "legally binding, no take-backs" is not.
        const legal = /legally binding|no take-?backs|法律效力|法律约束力|绝不反悔|不得反悔/i.test(binding[0]);
        const disclaimed = legal ? /\b(?:not|no|isn't|never)\b[^.]{0,20}(?:legally binding|binding)|不具有?法律|没有法律|无法律/i.test(sentence) : negated;
        if (!disclaimed) add('binding', binding[0]);
      }

      for (const money of sentence.match(MONEY) ?? []) {
        const amount = digitsOf(money);
        if (!amount || !proof.replace(/,/g, '').includes(amount)) add('money', money);
      }
      if (negated) continue;

      const refund = REFUND.exec(sentence);
      if (refund && !proved(refund[0]) && !/refund|return|退款|退货/.test(proof)) add('refund', refund[0]);
      const policy = POLICY_CLAIM.exec(sentence);
      if (policy && !/polic|政策|三包|规定/.test(proof)) add('policy', policy[0]);
      const compensation = COMPENSATION.exec(sentence);
      if (compensation && !proved(compensation[0])) add('compensation', compensation[0]);
      const discount = DISCOUNT.exec(sentence);
      if (discount && !proved(discount[0])) add('discount', discount[0]);

      if (CODE_WORD.test(sentence)) {
        for (const token of sentence.match(CODE_TOKEN) ?? []) {
          // Ticket numbers (AS-20261124-7KQ4-M9XD is 21 characters, so the token may be its tail) and years are not codes.
          if (TICKET_NUMBER_PATTERN.test(token) || /^\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(token) || /^(?:19|20)\d{2}$/.test(token)) continue;
          if (!proved(token)) add('code', token);
        }
      }

      if (WARRANTY_WORD.test(sentence)) {
        const claim = WARRANTY_CLAIM.exec(sentence);
        if (claim) {
          const inWarranty = /under warranty|in warranty|(?:is|are|still) (?:under|in|within)|保修期内|在保|仍在保修/i.test(claim[0]);
          const expired = /已过保|过保/.test(claim[0]);
          const status = inWarranty ? 'in_warranty' : expired ? 'expired' : undefined;
          // A rule quoted from the knowledge base ("保修期内上门维修免费") is proved by the passage itself.
          if (status ? !proof.includes(status) && !proved(sentence.trim()) : !proved(claim[0].replace(/\s*\d{4}$/, '')) && !/extended|延保|coveredUntil/i.test(proof)) {
            add('warranty', claim[0]);
          }
        }
        for (const date of sentence.match(DATE) ?? []) {
          const year = date.slice(0, 4);
          if (!proof.includes(year)) add('warranty', date);
        }
      }
    }
    return { ok: violations.length === 0, violations };
  }
}

/** One-shot check with default options. */
export function checkReply(reply: string, evidence?: GuardEvidence, options?: OutputGuardOptions): GuardResult {
  return new OutputGuard(options).check(reply, evidence);
}
