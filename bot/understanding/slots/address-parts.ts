/**
 * A correction that names only parts of an address ("说错了 是7楼 701", "actually it's the 2nd
 * floor, flat 2A"): each part replaces the part of its kind in the address already given, so the
 * road and the building stay. A room number replaces the room at the end of a Chinese address or
 * the flat/room/apartment of an English one; a floor replaces the floor when the address names one
 * (and is otherwise implied by the room, so it is dropped when the room was placed). Undefined when
 * a part cannot be placed: the caller then adds it and shows the summary again, never guesses.
 * Numbered parts the address lacks ("少了 是3栋402" on "…小区3栋") are merged by component
 * (address-components.ts), so the building is not written twice.
 */
import { mergeNumberedComponents } from './address-components';
import { CHINESE_ADDRESS_NUMERALS, replacePart } from './swap-correction';

const FLOOR_ZH = /^(\d{1,2})\s*[楼层]$/;
const FLOOR_EN = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+floor|floor\s+(\d{1,2}))$/i;
const ROOM_ZH = /^(\d{3,4})\s*室?$/;
const ROOM_EN = /^(?:(?:flat|room|apt\.?|apartment|unit)\s*#?\s*)?([A-Za-z]?\d{1,4}[A-Za-z]?)$/i;

function placeRoom(address: string, room: string, zh: boolean): string | undefined {
  if (zh) {
    const end = /(\d{3,4})(\s*室)?\s*$/.exec(address);
    return end ? address.slice(0, end.index) + room + (end[2] ?? '') : undefined;
  }
  const named = [...address.matchAll(/\b(flat|room|apt\.?|apartment)\s*#?\s*([A-Za-z]?\d{1,4}[A-Za-z]?)\b/gi)];
  if (named.length !== 1) return undefined;
  const m = named[0]!;
  return address.slice(0, m.index) + `${m[1]} ${room}` + address.slice(m.index + m[0].length);
}

function placeFloor(address: string, floor: string, zh: boolean): string | undefined {
  const found = zh
    ? [...address.matchAll(/(\d{1,2})\s*[楼层](?!\d)/g)].filter((m) => !/号$/.test(address.slice(0, m.index)))
    : [...address.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+floor\b|\bfloor\s+(\d{1,2})\b/gi)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const number = m[1] ?? m[2]!;
  const at = m.index + m[0].indexOf(number);
  return address.slice(0, at) + floor + address.slice(at + number.length);
}

const PART_ALONE_ZH = new RegExp(`^[A-Za-z]?(?:\\d{1,5}|[${CHINESE_ADDRESS_NUMERALS}]{1,4})[A-Za-z]?\\s*(?:号楼|号院|栋|幢|座|单元|层|楼|室|户|号)$`);
const PART_ALONE_EN = /^(?:the\s+)?(?:building|block|tower|unit|flat|apt\.?|apartment|room|floor)\s*#?\s*[A-Za-z]?\d{1,4}[A-Za-z]?$/i;

/** A numbered part of an address said alone ("15栋", "十二号楼", "3单元", "flat 2A", "building 9"), as a correction names it. */
export function isAddressPart(part: string): boolean {
  const said = part.trim();
  return PART_ALONE_ZH.test(said) || PART_ALONE_EN.test(said);
}

export function replaceAddressParts(address: string, parts: string): string | undefined {
  return replaceKnownParts(address, parts) ?? mergeNumberedComponents(address, parts);
}

/** The parts replaced where the address already has them (a floor implied by a placed room is dropped). */
function replaceKnownParts(address: string, parts: string): string | undefined {
  const whole = replacePart(address, parts);
  if (whole) return whole;
  const zh = /[\u4e00-\u9fff]/.test(address);
  const pieces = parts
    .split(zh ? /[,，、;；\s]+|(?<=[楼层室号栋幢])/ : /[,;]|\s+and\s+/i)
    .map((p) => p.replace(/^(?:and|the|my|in|on)\s+/i, '').trim())
    .filter(Boolean);
  if (pieces.length === 0) return undefined;
  let result = address;
  let roomPlaced = false;
  const floors: string[] = [];
  for (const piece of pieces) {
    const floor = FLOOR_ZH.exec(piece) ?? FLOOR_EN.exec(piece);
    if (floor) {
      floors.push(floor[1] ?? floor[2]!);
      continue;
    }
    const room = (zh ? ROOM_ZH : ROOM_EN).exec(piece);
    const next = room ? placeRoom(result, room[1]!, zh) : replacePart(result, piece);
    if (!next) return undefined;
    if (room) roomPlaced = true;
    result = next;
  }
  for (const floor of floors) {
    const next = placeFloor(result, floor, zh);
    if (next) result = next;
    else if (!roomPlaced) return undefined;
  }
  return result === address ? undefined : result;
}
