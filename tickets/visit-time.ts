/**
 * The visit time the customer asked for travels with the address, after " / " ("上海市…502室 / 周六上午"):
 * the engineer reads both when calling to book. Filing writes it that way (bot/engine/flows/repair-flow.ts);
 * changing the visit replaces only that part, so the address is never lost.
 */
const SEPARATOR = ' / ';

/** The visit time kept with an address, if one was. */
export function visitTimeOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf(SEPARATOR);
  return at >= 0 ? address.slice(at + SEPARATOR.length).trim() || undefined : undefined;
}

/** A place and a visit time in the one stored field (300 characters): how a filed ticket first keeps them. */
export function addressAndVisitTime(place: string | undefined, time: string | undefined): string | undefined {
  return [place, time].filter(Boolean).join(SEPARATOR).slice(0, 300) || undefined;
}

/** The address with `time` as its visit time (in place of any earlier one), within the stored field's 300 characters. */
export function withVisitTime(address: string | undefined, time: string): string {
  const at = address ? address.lastIndexOf(SEPARATOR) : -1;
  const place = (at >= 0 ? address!.slice(0, at) : (address ?? '')).trim();
  return addressAndVisitTime(place, time) ?? '';
}
