/**
 * A microwave that flashed blue inside with no metal in it (a ceramic bowl, a crackle, then a black
 * spot on the inside wall and a burnt smell): the usual cause is the waveguide cover, the small mica
 * plate on the inside wall, burnt through where food splatter charred on it. Said when the customer
 * asks whether it is safe or what to do after the safety advice, so they hear the part an engineer
 * replaces and not only "wait for the check". It is the usual cause, said as such, not a diagnosis.
 */
import { metalArcingSaid } from '../understanding/lexicons/metal-arcing';
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

/**
 * The same sparks with their cause told: metal in the microwave (lexicons/metal-arcing.ts). The
 * oven is not at fault; the customer hears what happened, what to use instead, and the two signs
 * (sparks without metal, burn marks that stay) that do mean stop using it and have it checked.
 */
export const METAL_ARCING_ANSWER = {
  zh: '这是金属引起的打火（电弧）：微波碰到金边银边、锡纸、不锈钢或勺叉就会打出火花，不是微波炉本身坏了。以后别把金属放进去，换成陶瓷、耐热玻璃或标明可微波的容器。拔掉插头后看看炉腔和侧壁那块云母片（波导盖）有没有烧黑的地方，有油污就擦干净。要是没放金属也打火，或者烧黑的痕迹擦不掉、有焦味，就先停用，报修让工程师检查。',
  en: 'That is arcing from the metal: a gold or silver rim, foil, stainless steel or a fork or spoon makes sparks in a microwave; the oven itself is not faulty. Keep metal out of it and use ceramic, heat-proof glass or containers marked microwave-safe. Unplug it and look at the cavity and the mica plate on the side wall (the waveguide cover) for burn marks; wipe off any grease. If it sparks with no metal inside, or a burn mark will not wipe off or smells burnt, stop using it and book a repair so an engineer checks it.',
};

/** Sparks, flashes or crackling told: metal named in a microwave question alone ("can foil go in?") is the knowledge base's question. */
const SPARKS_TOLD = /火花|打火|火星|闪|噼啪|噼里啪啦|啪啪|滋滋|电弧|\bspark\w*|\barc(?:ing|ed)\b|\bflash\w*|\bcrackl\w*/i;

/** The metal-arcing answer when this message tells microwave sparks made by metal put in it; otherwise undefined. */
export function metalArcingAnswer(text: string, lang: 'zh' | 'en'): string | undefined {
  return metalArcingSaid(text) && SPARKS_TOLD.test(text) ? METAL_ARCING_ANSWER[lang] : undefined;
}
