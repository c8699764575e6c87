/**
 * Damage done by our own people: the installer scratched the cabinet, the delivery crew dented
 * the fridge door, the engineer cracked a tile or left a mess. That is a complaint about the
 * service, never a fault of the product to troubleshoot ("what is the fault?" is the wrong
 * question), so it is read apart from the fault words it holds (划了, cracked, broke).
 */

export type DamageBy = 'installer' | 'delivery' | 'engineer';

export interface DamageByUs {
  by: DamageBy;
  /** The customer left a mess to clean up (弄得一地, left a mess), besides or instead of breaking something. */
  mess: boolean;
}

/** Our people, or the job they were doing, in the customer's words. */
const WHO: [DamageBy, RegExp][] = [
  [
    'delivery',
    /送货|配送|送装|物流|快递(?:员|小哥)?|搬运|搬(?:上楼|进来|进门|的时候|时)|司机|\bdeliver\w*|\bcourier\b|\bdriver\b|\bmovers?\b|\bcarr(?:ied|ying) (?:it )?(?:in|up)\b|\bbrought (?:it )?(?:in|up)\b/i,
  ],
  ['installer', /安装(?:师傅|工|人员|的人|的时候|时|完|后)?|装机|装(?:的时候|完|好以后|好后)|打孔|\binstall\w*|\bfitters?\b|\bfitting\b|\bmounting\b/i],
  [
    'engineer',
    /师傅|工程师|维修(?:工|员|人员|的人|的时候|时)|上门的人|来的人|你们的人|\bengineers?\b|\btechnicians?\b|\btechs?\b|\brepair ?(?:man|men|guy|person)\b|\byour (?:guy|guys|man|men|people|person|staff|team)\b|\bthe guy who came\b/i,
  ],
];

/** What they did: damage done by hands (not a fault that appeared by itself). */
const HARM =
  /划(?:了|伤|花|坏|破|出|到)|刮(?:花|伤|坏|了)|磕(?:坏|破|掉|了|伤|出)|碰(?:坏|掉|瘪|凹|破|伤|了一?下)|撞(?:坏|凹|瘪|破|掉|了)|摔(?:坏|了|破|碎)|砸(?:坏|了|破|碎)|(?:弄|搞|给)(?:坏|破|断|裂|碎|花|凹|瘪|脏)|踩(?:坏|脏|了)|凹(?:了|进去|下去|坑|陷)|瘪了|掉漆|裂(?:了|开|缝)|打(?:碎|裂|穿|坏)|钻(?:坏|穿|裂)|(?:弄|搞)得(?:一地|到处|乱七八糟|很脏|脏兮兮)|一地(?:的)?(?:灰|垃圾|水|泥)|(?:垃圾|包装|纸箱)(?:都)?没(?:带走|收拾|清理)|没(?:收拾|清理|打扫)|\bscratch\w*|\bdent(?:ed|s)?\b|\bcrack\w*|\bbroke\b|\bbroken\b|\bsmash\w*|\bchipp?\w*|\bgouged?\b|\bscuff\w*|\bdamag\w*|\bripped\b|\btore\b|\bleft (?:a |such a |the )?(?:mess|dirt|rubbish|debris|dust)\b|\bmess (?:everywhere|all over)\b|\bmuddy\b/i;

/** A fault the product shows on its own, told with the installer in it ("装好以后一直漏水"): not damage done. */
const OWN_FAULT_ONLY = /漏水|不制冷|不制热|不加热|不开机|不工作|不转|异响|噪音|报错|故障|代码|\bleak\w*|\bnot (?:cooling|heating|working)\b|\bwon'?t (?:start|turn on|work)\b|\berror\b|\bnois\w*/i;

const MESS = /(?:弄|搞)得(?:一地|到处|乱七八糟|很脏|脏兮兮)|一地(?:的)?(?:灰|垃圾|水|泥)|没(?:带走|收拾|清理|打扫)|\bmess\b|\bdirt\b|\brubbish\b|\bdebris\b|\bmuddy\b/i;

/** The engineer reporting a fault ("师傅说压缩机裂了"), or the customer's own accident: nothing our people did. */
const NOT_THEIR_DOING =
  /(?:师傅|工程师|维修的|\bengineers?\b|\btechnicians?\b)[^，,。]{0,4}(?:说|讲|告诉|判断|检查|查出|看了|\bsaid\b|\bsays\b|\btold\b|\bthinks\b|\bfound\b)|不小心|我自己|孩子|\bI (?:dropped|accidentally|knocked|broke)\b|\bmy (?:kid|son|daughter|dog|cat)\b/i;

/** Clauses: the person and the damage must be told together ("安装师傅…把面板划了"). */
const SENTENCES = /[。！!？?；;\n]+|\.(?:\s|$)/;

/** The damage our people did, if the message tells of it. */
export function damageByUs(text: string): DamageByUs | undefined {
  for (const sentence of text.split(SENTENCES)) {
    const harm = HARM.exec(sentence);
    if (!harm) continue;
    // The person comes first and the damage after ("安装师傅把面板划了", "the delivery guys dented the door"):
    // "屏幕摔裂了，师傅能修吗" asks our engineer to mend an accident.
    const who = WHO.find(([, words]) => {
      const at = words.exec(sentence)?.index;
      return at !== undefined && at < harm.index;
    });
    if (!who || NOT_THEIR_DOING.test(sentence)) continue;
    // "broke down" is a fault, not a breakage; a leak after installation with no harm of hands is the product's.
    if (/\bbroke down\b/i.test(sentence) && !/\bbroke (?!down)/i.test(sentence)) continue;
    // "it broke again", "fixed it twice and it's broken again" after a repair is the fault back, not something our people broke.
    if (
      /\b(?:it|that|this)(?:'s| is| was|'s been| has been)? (?:just |now )?(?:broke|broken)\b|\bbroken? again\b/i.test(sentence) &&
      !/\b(?:he|she|they|engineer|technician|guy)s? (?:\w+ )?broke\b/i.test(sentence)
    )
      continue;
    if (OWN_FAULT_ONLY.test(sentence) && !/划|刮|磕|碰|撞|摔|砸|凹|瘪|掉漆|scratch|dent|chip|scuff|gouge|smash|mess/i.test(sentence)) continue;
    return { by: who[0], mess: MESS.test(text) };
  }
  return undefined;
}
