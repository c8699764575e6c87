/**
 * A complaint heard, in our words: what went wrong (repairs that did not hold, damage to the home,
 * the engineer's conduct) is named back without quoting the customer's angry words, written on the
 * ticket for the person who handles it, and a question of who pays for the damage is answered
 * honestly: a person decides compensation after checking, the bot never promises it either way.
 * Used when an angry complaint is handed to a person and while the customer waits for them.
 */
import type { Lang } from '../phrases';
import { REPEATED_REPAIRS } from './after-sales-words';
import { missedVisit } from '../understanding/missed-visit';

type Bi = { zh: string; en: string };

/** What was damaged, in our words: the home, its contents, the customer's things. */
const DAMAGED: [RegExp, Bi][] = [
  [/地板|木地板|地砖|瓷砖|\b(?:floor|floors|flooring|floorboards|parquet|tiles)\b/i, { zh: '地板', en: 'your floor' }],
  [/地毯|\b(?:carpet|rug)s?\b/i, { zh: '地毯', en: 'your carpet' }],
  [/墙|天花板|吊顶|楼下|邻居|\b(?:walls?|ceiling|downstairs|neighbou?r'?s?)\b/i, { zh: '墙面或楼下邻居家', en: 'the walls or the flat below' }],
  [/橱柜|柜子|家具|沙发|床|\b(?:cabinets?|cupboards?|furniture|sofa|couch|bed)\b/i, { zh: '家具', en: 'your furniture' }],
  [/肉|菜|食物|食材|海鲜|冻品|雪糕|冰淇淋|药|\b(?:food|groceries|meat|fish|frozen|ice cream|medicine|insulin|milk)\b/i, { zh: '里面的食物', en: 'the food inside' }],
  [/衣服|衣物|被子|\b(?:clothes|clothing|laundry|sheets|duvet)\b/i, { zh: '衣物', en: 'your clothes' }],
];
/** Said to be damaged, spoilt or lost. */
const HARM =
  /坏|烂|泡|淹|湿透|发霉|变形|鼓起|起拱|划|刮|磕|弄脏|污|臭|扔|损失|损坏|\b(?:ruin\w*|damag\w*|soak\w*|flood\w*|stain\w*|scratch\w*|warp\w*|swell\w*|spoil\w*|rott\w*|went off|gone off|thrown? (?:away|out)|destroy\w*|wreck\w*|dent\w*|mould\w*|mold\w*|losses?)\b/i;
/** The person who came: engineer, installer, technician. */
const ENGINEER =
  /师傅|工程师|维修工|维修员|维修人员|安装工|安装师傅|上门的人|来的人|\b(?:engineers?|technicians?|techs?|repair ?(?:man|men|guy|person)|installers?|fitters?|the (?:guy|one|man|woman|lady|person|fellow) who came|service (?:man|guy|person))\b/i;
/** What the engineer did wrong. */
const CONDUCT =
  /态度|骂|凶|吼|不耐烦|不礼貌|没礼貌|敷衍|乱收费|多收|收了.{0,4}钱|弄脏|弄得|一地|脏|没穿鞋套|抽烟|迟到|放鸽子|爽约|没来|不来|不专业|糊弄|吓唬|威胁|\b(?:rude\w*|shout\w*|yell\w*|swore|swearing|insult\w*|mess\w*|dirt\w*|late|no[- ]show|didn'?t (?:turn up|show)|never (?:came|showed)|careless\w*|unprofessional|overcharg\w*|attitude|dismissive|lazy|ignored|smok\w*|muddy|disrespect\w*|arrogant|condescending)\b/i;

/**
 * What kind of failure it was, so it is said back as what happened: an engineer who never came did
 * not "let you down when he came"; one who came late, was rude, left a mess, botched the repair or
 * charged too much each hears their own words. Several may be said at once.
 */
export type Conduct = 'noShow' | 'late' | 'rude' | 'mess' | 'badRepair' | 'charged';
const CONDUCTS: [Conduct, RegExp][] = [
  ['late', /迟到|来晚|晚了.{0,5}(?:小时|钟头|分钟)|晚到|(?:拖|等)到.{0,8}才(?:来|到)|\b(?:late|hours? behind)\b/i],
  ['rude', /态度|骂|凶|吼|不耐烦|不礼貌|没礼貌|敷衍|吓唬|威胁|\b(?:rude\w*|shout\w*|yell\w*|swore|swearing|insult\w*|attitude|dismissive|ignored|disrespect\w*|arrogant|condescending)\b/i],
  ['mess', /弄脏|一地|(?<!肮)脏|没穿鞋套|抽烟|\b(?:mess\w*|dirt\w*|muddy|smok\w*)\b/i],
  [
    'badRepair',
    /不专业|糊弄|没修好|修不好|修坏|越修越|更坏|更严重|乱修|瞎修|\b(?:careless\w*|unprofessional|lazy|botch\w*|bodg\w*|made (?:it|things) worse|(?:didn'?t|did not|couldn'?t|could not|never) (?:fix|repair|sort)|worse than before|broke (?:it|something|the \w+))\b/i,
  ],
  ['charged', /乱收费|多收|收了.{0,6}钱|要了.{0,6}(?:钱|块|元)|\b(?:overcharg\w*|charged (?:me|us)|made (?:me|us) pay|ripped (?:me|us) off|rip-?off)\b/i],
];

/** Said of the visit in words the missed-visit reader leaves to a sentence of its own ("was meant to come … and never showed up"). */
const NEVER_CAME =
  /放(?:了)?(?:我|我们)?鸽子|爽约|\b(?:no[- ]show|stood (?:me|us) up|never (?:came|come|showed(?: up)?|turned up|arrived|bothered to (?:come|turn up))|didn'?t (?:turn up|show up|bother to come)|did not (?:turn up|show up))\b/i;

/** The kinds of failure a message tells of; a booked visit nobody came to is its own kind, with or without the word "engineer". */
function conductIn(text: string): Conduct[] {
  const found = CONDUCTS.filter(([, words]) => words.test(text)).map(([kind]) => kind);
  return missedVisit(text) || NEVER_CAME.test(text) ? ['noShow', ...found.filter((k) => k !== 'late')] : found;
}

/** Each kind of failure said back, in our words; `noted` is what is written on the ticket. */
const SAID: Record<Conduct, { heard: Bi; noted: Bi; desk: string; brief: Bi }> = {
  noShow: {
    heard: { zh: '约好的上门没人来，让您白等了', en: 'nobody came for the visit we booked and you were left waiting' },
    noted: { zh: '约好上门却没人来的情况', en: 'that nobody came for the booked visit' },
    desk: 'booked visit: nobody came (no-show)',
    brief: { zh: '约好的上门没人来', en: 'the booked visit: nobody came' },
  },
  late: {
    heard: { zh: '上门的人迟到了，耽误了您的时间', en: 'the engineer turned up late and wasted your time' },
    noted: { zh: '上门迟到的情况', en: 'the late arrival' },
    desk: 'engineer arrived late',
    brief: { zh: '上门迟到', en: 'the engineer came late' },
  },
  rude: {
    heard: { zh: '上门的人对您态度不好', en: 'the engineer who came was disrespectful to you' },
    noted: { zh: '您对上门工程师的投诉（态度不好）', en: 'your complaint about the engineer (how you were treated)' },
    desk: "engineer's attitude / rudeness",
    brief: { zh: '上门人员态度不好', en: 'the engineer was rude' },
  },
  mess: {
    heard: { zh: '上门的人把您家弄得一团糟', en: 'the engineer left a mess in your home' },
    noted: { zh: '上门人员弄脏您家的情况', en: 'the mess left in your home' },
    desk: 'engineer left a mess',
    brief: { zh: '上门人员弄脏了家里', en: 'the engineer left a mess' },
  },
  badRepair: {
    heard: { zh: '上门维修没有修好', en: 'the repair was not done properly' },
    noted: { zh: '维修没修好的情况', en: 'the repair that was not done properly' },
    desk: 'repair not done properly',
    brief: { zh: '上次没修好', en: 'the repair was not done properly' },
  },
  charged: {
    heard: { zh: '上门收费让您觉得不合理', en: 'you were charged in a way that does not seem right' },
    noted: { zh: '收费不合理的投诉', en: 'your complaint about the charge' },
    desk: 'disputes what the engineer charged',
    brief: { zh: '对收费有异议', en: 'disputes the charge' },
  },
};

/**
 * Asking who pays: 谁赔, 谁负责, 赔不赔, "who pays for the floor", "will you compensate". (Not "will I
 * have to pay for the repair?" or "does the warranty cover the cost?": those ask the fee, not damages.)
 */
const WHO_PAYS =
  /谁(?:来)?(?:赔|负责|承担|买单|出钱|出这个钱|管)|(?:赔|赔偿)(?:不赔|吗|么|给我|我)|(?:要|得|必须|该)(?:你们)?(?:赔|赔偿|负责)|损失(?:怎么|谁|咋)|怎么赔|赔多少|\bwho(?:'s| is| will| are)?(?: going to| gonna)? (?:pay|cover|compensat\w*|reimburs\w*|responsible|liable)\b|\bwho pays\b|\b(?:compensat\w*|reimburs\w*|liable|liability)\b|\bpay for (?:the |my |this |that )?(?:damage|floor|carpet|food|losses?)\b|\b(?:you|you guys|your company|they) (?:should|must|need to|have to|will have to|ought to|better) (?:pay for|cover) (?:the |my |this |that )?(?:repair|cost|bill)\b|\bcover (?:the )?damage\b/i;

export interface ComplaintParts {
  repeated: boolean;
  damaged: Bi[];
  /** Damage said in general words ("损失", "the damage") with nothing named. */
  damage: boolean;
  engineer: boolean;
  /** What the engineer's failure was (empty when only "the engineer" was complained of in general words). */
  conduct: Conduct[];
  whoPays: boolean;
}

/** The parts of a complaint a message holds, or undefined when it holds none worth naming back. */
export function complaintIn(text: string): ComplaintParts | undefined {
  const harmed = HARM.test(text);
  const damaged = harmed ? DAMAGED.filter(([words]) => words.test(text)).map(([, name]) => name) : [];
  const told = conductIn(text);
  // A visit nobody came to is about the engineer even when no engineer is named ("约好上午来，等了一上午没人来").
  const engineer = (ENGINEER.test(text) && (CONDUCT.test(text) || told.length > 0)) || told.includes('noShow');
  // (Repairs that did not hold are said as that already: "the repair was not done properly" would say it twice.)
  const repeated = REPEATED_REPAIRS.test(text);
  const conduct = engineer ? told.filter((k) => !(repeated && k === 'badRepair')) : [];
  const whoPays = WHO_PAYS.test(text);
  const damage = damaged.length > 0 || /损失|赔|\b(?:damage|losses?)\b/i.test(text);
  if (!engineer && !whoPays && !damaged.length) return undefined;
  return { repeated, damaged, damage, engineer, conduct, whoPays };
}

/** Parts heard earlier in the conversation joined with this message's: a follow-up "谁赔?" still knows it was the floor. */
export function mergedComplaint(now: ComplaintParts, before: ComplaintParts | undefined): ComplaintParts {
  if (!before) return now;
  const damaged = [...before.damaged, ...now.damaged].filter((d, i, all) => all.findIndex((o) => o.en === d.en) === i);
  return {
    repeated: now.repeated || before.repeated,
    damaged,
    damage: now.damage || before.damage,
    engineer: now.engineer || before.engineer,
    conduct: [...before.conduct, ...now.conduct].filter((k, i, all) => all.indexOf(k) === i),
    whoPays: now.whoPays || before.whoPays,
  };
}

/**
 * The complaint in a few plain words of the customer's language, for the handoff's summary and its
 * ticket ("约好的上门没人来；修了不止一次还没好"): what the person taking over must put right.
 */
export function complaintBrief(p: ComplaintParts, lang: Lang): string {
  const items = [
    ...p.conduct.map((k) => SAID[k].brief[lang]),
    p.engineer && !p.conduct.length ? (lang === 'zh' ? '投诉上门人员' : 'the engineer who came') : '',
    p.repeated ? (lang === 'zh' ? '修了不止一次还没好' : 'repaired more than once and still failing') : '',
    p.damaged.length ? (lang === 'zh' ? damageTo(p, lang) : damageTo(p, lang).replace(/^the /, '')) : p.damage ? (lang === 'zh' ? '有损失' : 'losses claimed') : '',
    p.whoPays ? (lang === 'zh' ? '问谁来赔偿' : 'asks who pays for the damage') : '',
  ].filter(Boolean);
  return items.join(lang === 'zh' ? '；' : '; ');
}

/** The note for the desk, in English like the desk's other notes. */
export function complaintNote(p: ComplaintParts): string {
  const items = [
    p.engineer ? (p.conduct.length ? `complaint about the engineer: ${p.conduct.map((k) => SAID[k].desk).join(', ')}` : 'complaint about the engineer who came') : '',
    p.damaged.length ? `damage to ${p.damaged.map((d) => d.en.replace(/^your /, '')).join(', ')}` : p.damage ? 'damage / losses claimed' : '',
    p.repeated ? 'repaired more than once and still failing' : '',
    p.whoPays ? 'asks who pays for the damage (compensation to be decided)' : '',
  ].filter(Boolean);
  return `Complaint: ${items.join('; ')}`;
}

/** What was damaged, in our words: "地板和橱柜的损失", "the damage to your floor and your cabinets". */
function damageTo(p: ComplaintParts, lang: Lang): string {
  return lang === 'zh'
    ? `${list(
        p.damaged.map((d) => d.zh),
        lang,
      )}的损失`
    : `the damage to ${list(
        p.damaged.map((d) => d.en),
        lang,
      )}`;
}

function list(items: string[], lang: Lang): string {
  if (lang === 'zh') return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const WHO_DECIDES: Bi = {
  zh: '损失由谁承担、怎么赔偿，要由人工客服核实情况后按规定答复您，我这里不能替他们承诺，但您的要求已经记下。',
  en: 'Who pays for the damage, and how, is decided by that person once they have checked what happened, under our rules; I cannot promise it either way here, but your claim is on record.',
};

/** Whether one of these replies already told the customer their complaint is on the ticket. */
export function complaintHeardIn(replies: string[] | undefined): boolean {
  return Boolean(replies?.some((r) => r.includes(WHO_DECIDES.zh) || r.includes(WHO_DECIDES.en) || /记在.{0,30}交给处理的人工客服|on .{0,40} for the person handling it/.test(r)));
}

/**
 * What the customer hears: sorry for what happened (named in our words), what is on the ticket for
 * the person, that compensation is theirs to decide, and when they call (`by`, when known here).
 */
export function complaintHeard(p: ComplaintParts, lang: Lang, ticket?: string, by?: string): string {
  const zh = lang === 'zh';
  const happened: string[] = [];
  if (p.repeated) happened.push(zh ? '修了不止一次还没修好' : 'it has been repaired more than once and still is not fixed');
  if (p.damaged.length)
    happened.push(
      zh
        ? `还连累${list(
            p.damaged.map((d) => d.zh),
            lang,
          )}受了损失`
        : `it has damaged ${list(
            p.damaged.map((d) => d.en),
            lang,
          )}`,
    );
  if (p.engineer) happened.push(...(p.conduct.length ? p.conduct.map((k) => SAID[k].heard[lang]) : [zh ? '上门工程师的表现也让您不满意' : 'the engineer who came let you down']));
  const sorry = happened.length
    ? zh
      ? `非常抱歉：${happened.join('，')}，换了谁都会生气。`
      : `I'm very sorry: ${list(happened, lang)}. Anyone would be upset.`
    : zh
      ? '非常抱歉给您造成了损失。'
      : "I'm very sorry for the damage this has caused.";
  const noted = [
    ...(p.engineer ? (p.conduct.length ? p.conduct.map((k) => SAID[k].noted[lang]) : [zh ? '您对上门工程师的投诉' : 'your complaint about the engineer']) : []),
    p.damaged.length ? damageTo(p, lang) : p.damage ? (zh ? '您的损失' : 'the damage') : '',
    p.repeated ? (zh ? '反复维修仍未修好的情况' : 'the repeated repairs') : '',
  ].filter(Boolean);
  const where = ticket ? (zh ? `工单 ${ticket} 上` : `ticket ${ticket}`) : zh ? '您的工单上' : 'your ticket';
  const note = zh ? `我已把${list(noted, lang)}记在${where}，交给处理的人工客服。` : `I've written ${list(noted, lang)} on ${where} for the person handling it.`;
  const pays = p.whoPays || p.damage ? WHO_DECIDES[lang] : '';
  const when = by ? (zh ? `最迟 ${by} 前会有人联系您。` : `They will contact you by ${by}.`) : '';
  return [sorry, note, pays, when].filter(Boolean).join(zh ? '' : ' ');
}

/** The complaint already heard, asked about again ("地板到底谁赔？"): the answer in other words, with the ticket and the time. */
export function complaintStillHeard(p: ComplaintParts, lang: Lang, ticket?: string, by?: string): string {
  const zh = lang === 'zh';
  const what = p.damaged.length ? damageTo(p, lang) : zh ? '您的投诉' : 'your complaint';
  if (zh) return `明白您着急。${what}已经记在${ticket ? `工单 ${ticket} ` : '工单'}上了，赔不赔、怎么赔由人工客服核实后答复，我不能替他们做决定${by ? `；最迟 ${by} 前会有人联系您` : ''}。`;
  return `I understand this is urgent for you. ${what.charAt(0).toUpperCase()}${what.slice(1)} is on ${ticket ? `ticket ${ticket}` : 'the ticket'}; whether and how it is compensated is for the person handling it to decide after checking, not for me${by ? `, and they will contact you by ${by}` : ''}.`;
}
