/**
 * A message that only greets or checks someone is there ("在吗", "有人吗？", "喂 你好 是售后吗",
 * "hello? anyone around", "hi, is this customer support?"). It opens a conversation: the customer
 * is greeted and asked what is wrong. Read as a question to look up, it met "no reliable
 * information" or "I can't help with that" (issue 16), the worst possible first reply.
 */

/** Greetings, vocatives and politeness that carry nothing but "hello". */
const ZH_GREETING = /喂+|你好+|您好|你们好|大家好|哈喽|哈罗|哈啰|嗨|早上好|早安|上午好|中午好|下午好|晚上好|亲+|请问一下|请问|打扰一?下|麻烦问一?下|客服|小姐姐|小哥哥|师傅/g;
/** "在吗", "有人吗", "有没有人在", "人呢", "能看到消息吗": someone there? */
const ZH_PRESENCE =
  /(?:还)?在(?:吗|么|嘛|不在|没|否|线吗|线么)|有(?:没有)?人(?:在)?(?:线)?(?:吗|么|嘛|没|不|回复吗|回一下|理一下我)?|有没有人(?:在)?(?:线)?|人呢|能(?:看|收)到(?:我的)?(?:消息|信息)(?:吗|么|没)?|能听到吗|(?:能|可以)帮(?:我|个忙|帮我)?(?:一下)?(?:吗|么|嘛)/g;
/** "是售后吗", "这里是海尔售后服务吗", "是官方客服吗", "是不是客服": is this the after-sales desk? */
const ZH_IDENTITY = /(?:这里|这边|这个|你们|你)?是(?:不是)?(?:官方|厂家|[\u4e00-\u9fff]{0,4}的?)?(?:售后|客服|服务中心|维修)(?:服务|中心|热线|部门|客服|平台)?(?:吗|么|嘛|不|没)?/g;

/** "hello", "good morning", "hi there": greetings alone. */
const EN_GREETING =
  /\b(?:hi+|hello+|hey+|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|morning|excuse me|sorry to bother(?: you)?|please|pls|there|sir|madam|team|guys|folks|support)\b/g;
/** "anyone there", "is anybody around", "are you there", "you there", "can anyone see this", "is this chat working". */
const EN_PRESENCE =
  /\b(?:(?:is|are) )?(?:there )?(?:any ?(?:one|body)|some ?(?:one|body)|you|u)(?: (?:there|here|around|online|available|awake|on (?:this|the) (?:chat|line)))+\b|\b(?:can|does|will) (?:any ?(?:one|body)|some ?(?:one|body)|you) (?:see|read|hear) (?:this|me|my messages?)\b|\bis this (?:chat )?(?:working|live|on)\b|\b(?:can|could) (?:you|u|any ?(?:one|body)|some ?(?:one|body)) help(?: me)?(?: out)?\b/g;
/** "is this support", "is this the customer service chat", "am I talking to after-sales", "is this the right place for repairs". */
const EN_IDENTITY =
  /\b(?:is (?:this|that|it)|am i (?:talking|speaking|chatting) (?:to|with)|have i reached|are you)(?: the| a)?(?: (?:official|right|correct))?(?: (?:customer|client|tech(?:nical)?))?(?: (?:support|service|services|care|after[- ]?sales?|help ?desk|helpdesk|repairs?|service cent(?:re|er)))+(?: (?:chat|line|team|desk|page|place|number))?(?: for (?:repairs?|help|support))?\b/g;

/** Whether the message holds nothing but greetings and presence or identity checks (and at least one of them). */
export function isPresenceCheck(text: string): boolean {
  const raw = text.trim();
  if (!raw || raw.length > 40) return false;
  const zh = /[\u4e00-\u9fff]/.test(raw);
  const lowered = raw.toLowerCase().replace(/[’`]/g, "'");
  const found = zh ? ZH_PRESENCE.test(lowered) || ZH_IDENTITY.test(lowered) || ZH_GREETING.test(lowered) : EN_PRESENCE.test(lowered) || EN_IDENTITY.test(lowered) || EN_GREETING.test(lowered);
  for (const re of [ZH_PRESENCE, ZH_IDENTITY, ZH_GREETING, EN_PRESENCE, EN_IDENTITY, EN_GREETING]) re.lastIndex = 0;
  if (!found) return false;
  const rest = lowered
    .replace(EN_IDENTITY, ' ')
    .replace(EN_PRESENCE, ' ')
    .replace(EN_GREETING, ' ')
    .replace(ZH_IDENTITY, ' ')
    .replace(ZH_PRESENCE, ' ')
    .replace(ZH_GREETING, ' ')
    // Particles and punctuation left around the words above.
    .replace(/[啊呀呢吗么嘛哈哦噢喔吧的了]/g, ' ')
    .replace(/\b(?:oh|um+|uh+|ok|okay|hmm+|anyone|anybody|is|are|this|the|a|a?live|still)\b/g, ' ')
    .replace(/[\s\p{P}\p{S}~～…]+/gu, '');
  return rest.length === 0;
}
