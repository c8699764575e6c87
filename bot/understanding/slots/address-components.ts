/**
 * The numbered components of a Chinese address — building (3栋, 5号楼), unit (2单元), floor (7楼)
 * and room (402, 1502室) — so that a correction naming some of them ("少了 是3栋402") changes those
 * components and adds the missing ones in their place, never appending a second copy
 * ("3栋3栋402"). Rooms are often written as a bare number after the building (3栋402): a number of
 * three or more digits, or one after a building or unit, is the room.
 */
import { CHINESE_ADDRESS_NUMERALS } from './swap-correction';

type Level = 'building' | 'unit' | 'floor' | 'room';
const ORDER: Level[] = ['building', 'unit', 'floor', 'room'];

interface Component {
  level: Level;
  /** Where the component's number starts and the component ends in its text. */
  start: number;
  end: number;
  text: string;
}

const SUFFIX_LEVEL: Record<string, Level> = { 号楼: 'building', 号院: 'building', 栋: 'building', 幢: 'building', 座: 'building', 单元: 'unit', 层: 'floor', 楼: 'floor', 室: 'room', 户: 'room' };
// A number with its suffix; a road's house number (中山路100号) is read too, but is none of the four levels.
// (In Chinese numerals, 十二号楼 or 三单元, only with its suffix: 三峡广场 holds no number.)
const NUMBERED = new RegExp(
  `(?<![0-9A-Za-z])(?:([A-Za-z]?\\d{1,5}[A-Za-z]?)(?![0-9])\\s*(号楼|号院|栋|幢|座|单元|层|楼|室|户|号)?|([${CHINESE_ADDRESS_NUMERALS}]{1,4})\\s*(号楼|号院|栋|幢|座|单元|层|楼|室|户|号))`,
  'g',
);

function componentsOf(text: string): Component[] | undefined {
  const found: Component[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const suffix = m[2] ?? m[4];
    const previous = found.at(-1);
    const afterBuilding = previous !== undefined && m.index === previous.end;
    let level: Level | undefined = suffix ? SUFFIX_LEVEL[suffix] : undefined;
    // 3栋2单元501号: a 号 right after a building or unit is the room; after a road it is the house number.
    if (suffix === '号' && afterBuilding) level = 'room';
    if (!suffix && (afterBuilding || (m[1] ?? '').replace(/\D/g, '').length >= 3)) level = 'room';
    if (!level) {
      if (!suffix) return undefined;
      continue;
    }
    found.push({ level, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/**
 * `address` with the numbered components in `parts` put in place: each replaces the one of its
 * level, or is inserted where its level belongs. Undefined when `parts` holds anything else, when
 * the address is not Chinese, or when a level appears twice in the address (which one is meant is
 * then unsure).
 */
export function mergeNumberedComponents(address: string, parts: string): string | undefined {
  if (!/[\u4e00-\u9fff]/.test(address)) return undefined;
  const wanted = componentsOf(parts);
  if (!wanted?.length || parts.replace(NUMBERED, '').replace(/[\s,，、]/g, '') !== '') return undefined;
  // "7楼" on an address with no floor may as well be the building (7号楼): a floor is only ever replaced, never added here.
  if (wanted.some((c) => c.level === 'floor')) return undefined;
  let result = address;
  for (const part of wanted) {
    const have = componentsOf(result);
    if (!have) return undefined;
    const same = have.filter((c) => c.level === part.level);
    if (same.length > 1) return undefined;
    if (same.length === 1) {
      const c = same[0]!;
      result = result.slice(0, c.start) + part.text + result.slice(c.end);
      continue;
    }
    const rank = ORDER.indexOf(part.level);
    const before = have.filter((c) => ORDER.indexOf(c.level) < rank).at(-1);
    const after = have.find((c) => ORDER.indexOf(c.level) > rank);
    const at = before ? before.end : after ? after.start : result.trimEnd().length;
    result = result.slice(0, at) + part.text + result.slice(at);
  }
  return result;
}
