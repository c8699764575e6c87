/**
 * Chinese postal addresses in free text. A regex alone cannot find where a Chinese address starts
 * (there are no spaces: 我家住在天河区棠下荟景苑8栋1502), so the text is read as a chain of
 * components — places (广州), administrative units (省/市/区/县/镇/乡/街道), streets (路/街/巷/弄),
 * estates and buildings (小区/苑/花园/大厦/写字楼/村), numbered units (88号/8栋/2单元/1502室/三组)
 * and a trailing room number (1502) — each named by the Chinese characters just before its
 * suffix. A name stops at a cue or filler (地址是, 住在, 改成, 的, 了), so verbs never enter the
 * address; components may be separated by spaces or commas (广东省 广州市, 天河区,棠下).
 * A chain is an address only when it locates a home: a street or estate with a district or a
 * number, or two numbered units (3号楼2单元).
 */
import { ZH_CITIES, ZH_PROVINCES } from './china-places';

export interface AddressMatch {
  /** The address as written, from its first component to its last. */
  raw: string;
  index: number;
}

type Kind = 'place' | 'admin' | 'road' | 'estate' | 'unit' | 'bare';

interface Hit {
  kind: Kind;
  start: number;
  end: number;
}

interface Chain {
  start: number;
  end: number;
  kinds: Kind[];
}

const HAN = '\\u4e00-\\u9fa5';
// A tower may be named by its side (恒隆广场东座2105, 南楼).
const NUM = `(?:\\d{1,5}|[一二三四五六七八九十百零两]{1,4}|(?<![A-Za-z0-9])[A-Za-z]{1,2}\\d{0,3}|[东南西北中](?=座|塔|楼))`;
// 门 is an entrance (3门201) only before a number: 三门冰箱 is a fridge.
// (Voice input and quick typing leave a space before the suffix: 5 号楼, 3 单元.)
const UNIT = `${NUM}(?:-\\d{1,5})?\\s?(?:号院|号楼|号馆|号房|号|栋|幢|座|塔|单元|室|楼|层|户|房|组|期|区|弄|巷|门(?=\\s?\\d))`;
const ADMIN = '特别行政区|自治区|自治州|自治县|自治旗|经济开发区|开发区|高新区|新区|工业区|保税区|街道|省|市|区|县|旗|盟|镇|乡';
// Numbered avenues (高新南七道, 经三道) only: 道 alone is in 知道, 味道, 管道.
const ROAD = '大道|大街|胡同|公路|[一二三四五六七八九十]{1,2}道|路|街|巷|弄|段';
const ESTATE =
  '小区|北里|南里|东里|西里|花园|公寓|大厦|家园|新村|社区|公馆|广场|写字楼|商务楼|办公楼|宿舍楼|综合楼|大楼|中心|科技园|产业园|工业园|软件园|创业园|山庄|别墅|家属院|家属区|大院|宿舍|大学|学院|苑|园|城|府|湾|阁|村|屯|寨';
const PLACES = [...ZH_PROVINCES, ...ZH_CITIES].sort((a, b) => b.length - a.length).join('|');
// A bare number continues an address (8栋1502, 3-2-501, 3单元4C, 三单元五零二 read out) unless it is a date, price or count.
// (A weekday after the room, 3栋402 周二下午, is the visit time that follows the address: 402 周 is not "402 weeks";
// nor is 2703 周小姐, the customer named by her surname.)
const NOT_A_ROOM_AFTER = `(?![0-9A-Za-z零〇幺一二三四五六七八九十百]|\\s?(?:[年月日号元块点个次天岁分秒度台件%]|周(?![一二三四五六日天末]|先生|女士|小姐|太太|阿姨|师傅|老师|姐|哥)))`;
// A tower named by a letter and number with the room after it (海创园 C3 508, T2 1803) is part of the
// address: unread, the chain stopped at the estate and the building and room were lost.
const TOWER_CODE = `(?<![0-9A-Za-z])[A-Za-z]{1,2}\\d{1,3}(?=[\\s-]?\\d{2,5}${NOT_A_ROOM_AFTER})`;
const BARE = `(?:${TOWER_CODE}|(?<![0-9A-Za-z])\\d{1,5}(?:-\\d{1,5}){0,3}[A-Fa-f]?|[零〇幺一二三四五六七八九]{3,4})${NOT_A_ROOM_AFTER}`;

const HITS = new RegExp(`(${PLACES})|(${UNIT})|(${ADMIN})|(${ROAD})|(${ESTATE})|(${BARE})`, 'gu');
const KINDS: Kind[] = ['place', 'unit', 'admin', 'road', 'estate', 'bare'];

/** Words that contain a suffix character without naming a place (路上, 超市, 冷藏区, 幼儿园). */
const NOT_A_PLACE = new RegExp(
  [
    '一路上|路上|走路|线路|电路|短路|思路|网路|出路|套路|路由|半路|迷路|带路|让路|开路|赶路|问路|认路|引路|顺路|来路|后路|退路|活路|销路|门路|路况|路过|路费|路线|路程|路灯|路人|回路|水路|气路|油路|管路|道路',
    '街上|逛街|上街|街坊|阶段|时间段|手段|片段|分段|这段|那段|一段|前段|后段|号段|地段',
    '地区|区别|区域|区分|误区|景区|专区|分区|雷区|盲区|片区|冷藏区|冷冻区|变温区|保鲜区|烘干区|加热区|工作区|显示区',
    '超市|城市|市场|上市|门市|都市|市民|市面|市值|市价|黑市|夜市|菜市|股市|集市|早市|市内|市区',
    '家乡|老乡|乡下|下乡|同乡|镇定|镇静|商城|进城|长城|城管|满城|全城|城里|城外',
    '幼儿园|公园|动物园|校园|植物园|游乐园|菜园|果园|乐园',
    '服务中心|售后中心|客服中心|维修中心|中心点|购物中心|市中心|数据中心|处理中心|呼叫中心|网点',
    '政府|府上|内阁|村里|农村',
  ].join('|'),
  'gu',
);

/** Where a name stops: cues, verbs and fillers in front of an address (地址是, 住在, 改成, 的). */
const NAME_STOP = new RegExp(
  '(?:地址|住址|地点|位置|定位|收货地)(?:是|为|在)?|位于|改成|改为|换成|换为|更正为|更改为|修改为|变更为|应该是|应该|应为|搬到|搬去|寄到|寄给|送到|送去|发到|上门|师傅|麻烦|帮我|请|是|在|到|住|(?<!美)的|我|你|您|他|她|们|了|吧|啊|呢|哦|呀|嘛|就|还|也|给|去|对面|旁边|隔壁|附近|里面|这边|那边|这里|那里|写|填|对|不|没|别',
  'gu',
);
const HAS_STOP = new RegExp(NAME_STOP.source, 'u');
const ENDS_WITH_STOP = new RegExp(`(?:${NAME_STOP.source})$`, 'u');

const NAME_LIMIT: Partial<Record<Kind, number>> = { admin: 7, road: 8, estate: 10 };
// Estate names may carry Latin letters (SOHO现代城, CBD国际大厦, 万科city花园); other names are Chinese only.
const NAME_CHARS: Partial<Record<Kind, RegExp>> = {
  admin: new RegExp(`[${HAN}]+$`, 'u'),
  road: new RegExp(`[${HAN}]+$`, 'u'),
  // (and digits inside them: 阳光100国际新城, 金科10年城)
  estate: new RegExp(`(?:[${HAN}A-Za-z]+\\d{1,4})*[${HAN}A-Za-z]+$`, 'u'),
};
/**
 * Between two components: separators, at most two unsuffixed place words (天河区 棠下 荟景苑) and a
 * short unsuffixed word right before a number (棠下村东二巷).
 */
// Estate names may mix in Latin letters (蓝光coco金沙, 万科city): such a word joins too.
const JOIN = new RegExp(`^[\\s,、;]*(?:[${HAN}]{1,6}[\\s,、]+|(?:(?=[A-Za-z]*[${HAN}])[${HAN}A-Za-z]{2,12}|[A-Z][A-Za-z]{1,11})[\\s,、]+){0,2}(?:[${HAN}]{1,3})?$`, 'u');
/**
 * Between a chain and a numbered unit: an estate or mall name with no suffix we know (星光天地,
 * 金源时代, 融创御锦 in 江北区观音桥融创御锦5栋, 步行街26号星光天地5栋). Without it the chain broke
 * there and only "5栋12-3" was kept. Longer than JOIN allows, but only before a number.
 */
const NAME_BEFORE_NUMBER = new RegExp(`^[\\s,、;]*(?:[${HAN}]{1,6}[\\s,、]+){0,2}[${HAN}A-Za-z]{1,10}$`, 'u');
// A numbered 号 that is a date (3月15号, 15号上门) is not a house number.
const DATE_NUMBER = /(?:月\s?$)/;
const DATE_AFTER = /^(?:上午|下午|晚上|早上|中午|上门|来|之前|以前|前|后|左右|买|那天|当天|到货|送货|安装)/;

const ENDS_WITH_HAN = new RegExp(`[${HAN}]$`, 'u');
const STARTS_WITH_HAN = new RegExp(`^[${HAN}]`, 'u');

function hitsOf(text: string): Hit[] {
  const blocked = [...text.matchAll(NOT_A_PLACE)].map((m) => [m.index, m.index + m[0].length] as const);
  const hits: Hit[] = [];
  for (const m of text.matchAll(HITS)) {
    const kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)]!;
    const start = m.index;
    const end = start + m[0].length;
    if (blocked.some(([s, e]) => start < e && s < end)) continue;
    // A number between two Chinese characters, not right after a numbered unit, is part of a name (阳光100国际新城), not a room.
    if (kind === 'bare' && hits.at(-1)?.end !== start && ENDS_WITH_HAN.test(text.slice(0, start)) && STARTS_WITH_HAN.test(text.slice(end))) continue;
    if (kind === 'unit' && /号$/.test(m[0]) && (DATE_NUMBER.test(text.slice(Math.max(0, start - 2), start)) || DATE_AFTER.test(text.slice(end, end + 4)))) continue;
    hits.push({ kind, start, end });
  }
  return hits;
}

/** The name in front of a suffix: the Chinese characters before it, after the last cue, within its length limit. */
function nameBefore(gap: string, kind: Kind): string {
  const chars = NAME_CHARS[kind];
  if (!chars) return '';
  let name = chars.exec(gap)?.[0] ?? '';
  let cut = 0;
  for (const m of name.matchAll(NAME_STOP)) cut = m.index + m[0].length;
  name = name.slice(cut);
  return name.slice(-NAME_LIMIT[kind]!);
}

/** A place name inside a longer name (银河北路: 河北) names nothing; at a cue or boundary it starts an address. */
function placeStandsAlone(text: string, start: number, chainEnd: number | undefined): boolean {
  if (chainEnd === start) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  return !ENDS_WITH_HAN.test(before) || ENDS_WITH_STOP.test(before);
}

/**
 * A number after a number that follows a numbered unit or an estate is the room in that building
 * (B区7 502, 海创园 C3 508): the building and the room, each written without its suffix. Only one:
 * a third loose number is something else (a time, a count).
 */
function bareAfterNumbered(kinds: Kind[]): boolean {
  return kinds.at(-1) === 'bare' && kinds.at(-2) !== 'bare' && ['unit', 'estate', 'road'].includes(kinds.at(-2)!);
}

function locatesAHome(kinds: Kind[]): boolean {
  const street = kinds.includes('road') || kinds.includes('estate');
  // A city name alone does not narrow a street down (南京新街口店 is a shop): a district or a number must.
  const area = kinds.includes('admin');
  const numbered = kinds.filter((k) => k === 'unit').length + (kinds.includes('bare') ? 1 : 0);
  return (street && (area || numbered > 0)) || numbered >= 2;
}

/** Options for reading an answer to "what is your address?", where part of an address is still an answer. */
export interface AddressOptions {
  /** Accept chains that do not locate a home on their own (天河区棠下, 8栋), with the place word after them. */
  partial?: boolean;
}

const TRAILING_NAME = new RegExp(`^[${HAN}]{1,8}`, 'u');

/** In a partial answer the words after the last suffix are usually more of the place (天河区棠下). */
function trailingName(rest: string): string {
  const name = TRAILING_NAME.exec(rest)?.[0] ?? '';
  const stop = HAS_STOP.exec(name);
  return stop ? name.slice(0, stop.index) : name;
}

export function findChineseAddresses(text: string, options: AddressOptions = {}): AddressMatch[] {
  const found: AddressMatch[] = [];
  let chain: Chain | undefined;
  let cursor = 0;
  const close = () => {
    if (chain && locatesAHome(chain.kinds)) found.push({ raw: text.slice(chain.start, chain.end), index: chain.start });
    else if (chain && options.partial && chain.kinds.some((k) => k !== 'bare')) {
      found.push({ raw: text.slice(chain.start, chain.end) + trailingName(text.slice(chain.end)), index: chain.start });
    }
    chain = undefined;
  };
  for (const hit of hitsOf(text)) {
    if (hit.start < cursor) continue;
    if (hit.kind === 'place' && !placeStandsAlone(text, hit.start, chain?.end)) continue;
    const gap = text.slice(cursor, hit.start);
    const name = nameBefore(gap, hit.kind);
    const nameStart = hit.start - name.length;
    const between = text.slice(cursor, nameStart);
    const joins =
      chain !== undefined &&
      (hit.kind === 'bare'
        ? /^[\s-]?$/.test(between) && (['unit', 'estate', 'road'].includes(chain.kinds.at(-1)!) || bareAfterNumbered(chain.kinds))
        : (JOIN.test(between) || (hit.kind === 'unit' && chain.kinds.at(-1) !== 'bare' && NAME_BEFORE_NUMBER.test(between))) && !HAS_STOP.test(between));
    if (joins) {
      chain!.end = hit.end;
      chain!.kinds.push(hit.kind);
    } else {
      close();
      // A suffix with no name (我们小区, 去市里) or a loose number starts nothing.
      const needsName = hit.kind === 'admin' || hit.kind === 'road' || hit.kind === 'estate';
      if (hit.kind !== 'bare' && !(needsName && !name)) chain = { start: nameStart, end: hit.end, kinds: [hit.kind] };
    }
    cursor = chain ? chain.end : hit.end;
  }
  close();
  return found;
}
