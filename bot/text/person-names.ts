/**
 * People's names in free text and on receipts. A name cannot be told from other words by its
 * shape, so it is only read where something says a name follows: 我叫 / 我的名字是 / 姓 /
 * 联系人 / 收货人 / 顾客: / "my name is" / "Customer:" / Mr. and 先生 — and a Chinese name must
 * start with a common surname, so 我叫了师傅 (叫 = called) or 联系人是我 is not a name. Used by
 * the personal-data detector (redaction/personal-data.ts); runs on normalised text.
 */

export interface NameMatch {
  raw: string;
  index: number;
}

/** The commonest single-character surnames (about 95% of people) and the compound ones still met. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '尉迟', '夏侯', '公孙', '长孙', '宇文', '司徒', '端木', '独孤', '南宫', '呼延'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])`;

/**
 * Characters that end a given name: particles, verbs, pronouns and the first characters of what
 * customers write right after their name (电话, 手机, 住在, 家里, 的空调...).
 */
const NOT_IN_GIVEN_NAME =
  '的了是在我你他她们这那和跟与及或电手机号住地址家买要想来去请帮说问有没不也都就还又很太先女小姐生士师傅老总经理姓叫名字联系人客户空冰洗热燃油微信邮箱今明昨天年月日点半上下前后里外边再谢好吗呢吧啊哦呀嗯哈啦么个位台次';
const GIVEN = `[\\u4e00-\\u9fa5]{1,2}`;
const HONORIFIC_ZH = '先生|女士|小姐|太太|夫人';

/** Cues after which the next words are the writer's or a contact's name. */
const ZH_CUE = '我叫|我的名字(?:是|叫)|名字(?:是|叫)|本人(?:是|叫)?|我姓|免贵姓|贵姓|姓名|联系人|收货人|收件人|寄件人|签收人|购买人|购货人|机主|户主|用户名|客户姓名|顾客姓名|客户名称|报修人';
const LABEL_ZH = '顾客|客户|会员|买方|购方|持卡人';
const EN_CUE =
  "my name is|my name's|(?<!(?:model|product|brand|device|wifi|network|app|file|user|host)\\s)name(?: is|:)|i am called|i'm called|full name|contact(?: person| name)?:|customer(?: name)?:|client:|buyer:|recipient:|consignee:|attn:?|attention:|bill(?:ed)? to:|sold to:|ship(?:ped)? to:|member:|cardholder:|signed by:?";
const HONORIFIC_EN = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Sir)\\.?';
const EN_NAME_WORD = "[A-Z][a-z'’-]+|[A-Z]{2,}(?![a-z])";
const EN_STOP = new Set([
  'and',
  'the',
  'my',
  'phone',
  'number',
  'is',
  'from',
  'i',
  'please',
  'here',
  'calling',
  'with',
  'at',
  'in',
  'on',
  'tel',
  'mobile',
  'address',
  'email',
  'thanks',
  'thank',
  'you',
]);

const SEPARATOR = '\\s*[:：是为叫]?\\s*';
const ZH_AFTER_CUE = new RegExp(`(?:${ZH_CUE})${SEPARATOR}(${SURNAME}(?:${GIVEN})?(?:${HONORIFIC_ZH})?)`, 'gu');
const ZH_LABELLED = new RegExp(`(?:${LABEL_ZH})\\s*[:：]\\s*(${SURNAME}(?:${GIVEN})?(?:${HONORIFIC_ZH})?)`, 'gu');
// A surname with a title (王先生, 欧阳女士) is a name wherever it stands; 先生产/先生成 are other words.
const ZH_TITLED = new RegExp(`${SURNAME}(?:先生(?![产成效前])|女士|小姐|太太|夫人)`, 'gu');
// Pinyin or English names after a Chinese cue (我叫 Zhang Wei).
const LATIN_AFTER_ZH_CUE = new RegExp(`(?:${ZH_CUE}|${LABEL_ZH})${SEPARATOR}((?:${EN_NAME_WORD})(?:\\s+(?:${EN_NAME_WORD})){0,2})`, 'gu');
const EN_AFTER_CUE = new RegExp(`(?<![A-Za-z])(${EN_CUE})\\s*((?:[A-Za-z][A-Za-z'’-]*)(?:\\s+[A-Za-z][A-Za-z'’-]*){0,2})`, 'gi');
const EN_TITLED = new RegExp(`(?<![A-Za-z])(${HONORIFIC_EN}\\s+(?:${EN_NAME_WORD})(?:\\s+(?:${EN_NAME_WORD}))?)`, 'g');
// "I'm Anna Berg": a self-introduction is a name only as a capitalised first
// and last name ("I'm Very Sorry" aside, by the stop words), since "I'm fine" is prose ("this is" is left out: "this is Haier Support").
const EN_SELF_INTRODUCED = new RegExp(`(?<![A-Za-z])(?:I'm|I’m|I am)\\s+((?:${EN_NAME_WORD})\\s+(?:${EN_NAME_WORD}))(?![A-Za-z])`, 'g');
const EN_NOT_A_NAME = new Set([
  'very',
  'really',
  'so',
  'not',
  'still',
  'just',
  'quite',
  'totally',
  'extremely',
  'calling',
  'writing',
  'the',
  'a',
  'an',
  'your',
  'my',
  'our',
  'from',
  'in',
  'at',
  'sorry',
]);
// "我是周琳，电话…": after 我是 a surname and one or two characters make a name only where the
// sentence stops right after it (a comma, a full stop, or the phone that follows); 我是周末来的 is not.
const ZH_SELF_INTRODUCED = new RegExp(`我是(${SURNAME}[\\u4e00-\\u9fa5]{1,2}?)(?=[，,。.；;！!\\s]|$|电话|手机|联系)`, 'gu');
// Built once: the surname alternation is long, and rebuilding it per name cost time on every turn.
const LEADING_SURNAME = new RegExp(`^${SURNAME}`, 'u');
const SURNAME_ONLY = new RegExp(`^${SURNAME}$`, 'u');
const TRAILING_TITLE = new RegExp(`(?:${HONORIFIC_ZH})$`, 'u');

/** A Chinese name cut at the first character that cannot be part of it (王伟电话… → 王伟). */
function trimChinese(name: string): string {
  const surname = LEADING_SURNAME.exec(name)![0];
  let rest = name.slice(surname.length);
  const title = TRAILING_TITLE.exec(rest)?.[0] ?? '';
  rest = rest.slice(0, rest.length - title.length);
  let given = '';
  for (const ch of rest) {
    if (NOT_IN_GIVEN_NAME.includes(ch)) break;
    given += ch;
  }
  return surname + given + (given.length === rest.length ? title : '');
}

/** English words after "my name is": the name words, stopping at an ordinary word (and, from, phone). */
function trimEnglish(words: string, capitalisedOnly: boolean): string {
  const kept: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (EN_STOP.has(word.toLowerCase())) break;
    if (capitalisedOnly && !/^[A-Z]/.test(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** Later mentions of a name found by a cue; a surname alone (我姓黄) takes the given name written after it. */
function repeatMentions(text: string, name: NameMatch, add: (raw: string, index: number) => void): void {
  const chinese = SURNAME_ONLY.test(name.raw) ? new RegExp(`${name.raw}${GIVEN}`, 'gu') : undefined;
  if (chinese) {
    for (const m of text.matchAll(chinese)) if (m.index !== name.index) add(trimChinese(m[0]), m.index);
    return;
  }
  if (name.raw.length < 2) return;
  const escaped = name.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(escaped, 'g'))) add(m[0], m.index);
}

export function findPersonNames(text: string): NameMatch[] {
  const found: NameMatch[] = [];
  const add = (raw: string, index: number) => {
    if (raw && !found.some((f) => index < f.index + f.raw.length && f.index < index + raw.length)) found.push({ raw, index });
  };
  const group = (m: RegExpExecArray, n = 1) => ({ value: m[n]!, at: m.index + m[0].length - m[n]!.length });
  for (const pattern of [ZH_AFTER_CUE, ZH_LABELLED]) {
    for (const m of text.matchAll(pattern)) {
      const { value, at } = group(m);
      add(trimChinese(value), at);
    }
  }
  for (const m of text.matchAll(ZH_TITLED)) add(m[0], m.index);
  for (const m of text.matchAll(LATIN_AFTER_ZH_CUE)) {
    const { value, at } = group(m);
    add(trimEnglish(value, true), at);
  }
  for (const m of text.matchAll(EN_AFTER_CUE)) {
    const { value, at } = group(m, 2);
    // Only "my name is" is sure enough for a name typed in lower case ("my name is li wei");
    // after "the name is" a lower-case word is prose ("the name is wrong").
    add(trimEnglish(value, !/^my\s+name/i.test(m[1]!)), at);
  }
  for (const m of text.matchAll(EN_TITLED)) add(m[1]!, m.index);
  for (const m of text.matchAll(EN_SELF_INTRODUCED)) {
    const { value, at } = group(m);
    const words = value.split(/\s+/);
    if (!words.some((w) => EN_NOT_A_NAME.has(w.toLowerCase()) || EN_STOP.has(w.toLowerCase()))) add(value, at);
  }
  for (const m of text.matchAll(ZH_SELF_INTRODUCED)) {
    const { value, at } = group(m);
    // Whole, or not at all: 我是高兴的 cut to 高兴 is a word, not a name.
    if (trimChinese(value) === value) add(value, at);
  }
  // A name, once introduced, is the same person wherever it is written again (免贵姓欧阳，欧阳娜娜).
  for (const name of [...found]) repeatMentions(text, name, add);
  return found.sort((a, b) => a.index - b.index);
}
