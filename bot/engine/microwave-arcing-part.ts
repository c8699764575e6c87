/**
 * A microwave that flashed blue inside with no metal in it (a ceramic bowl, a crackle, then a black
 * spot on the inside wall and a burnt smell): the usual cause is the waveguide cover, the small mica
 * plate on the inside wall, burnt through where food splatter charred on it. Said when the customer
 * asks whether it is safe or what to do after the safety advice, so they hear the part an engineer
 * replaces and not only "wait for the check". It is the usual cause, said as such, not a diagnosis.
 */
import type { HazardKind } from '../understanding/safety-script';

const MICROWAVE = /microwave/i;

export const MICROWAVE_ARCING_PART = {
  zh: '不行，先不要再用了，先拔掉插头（插头插座不烫、手是干的时候拔）。微波炉里没放金属也打蓝色火花、有噼啪声，之后内壁留下黑点和焦味，最常见的是内壁上那块波导盖板（一小片云母片）被溅上的油污烧焦了；烧坏的盖板要由售后工程师更换，换好、检查过再用，别自己拆机。',
  en: "No, don't use it again for now; unplug it (when the plug and socket are cool and your hands are dry). Blue sparks and crackling with no metal inside, then a black spot on the inside wall and a burnt smell, most often mean the waveguide cover (a small mica plate on the inside wall) has burnt where food splatter charred on it; a burnt cover is replaced by a service engineer, and the microwave is used again only once it has been replaced and checked. Please don't open it up yourself.",
};

/** The part line when the danger is sparks inside a microwave; undefined for any other danger or device. */
export function microwaveArcingPart(kinds: readonly HazardKind[], deviceEn: string, lang: 'zh' | 'en'): string | undefined {
  return kinds.includes('arcing_inside') && MICROWAVE.test(deviceEn) ? MICROWAVE_ARCING_PART[lang] : undefined;
}
