/**
 * An air conditioner defrosting while it heats: the outdoor unit gives off white vapour that looks
 * like smoke and the indoor fan stops for a few minutes (Gree shows H1). Customers call it
 * 冒白烟 or "smoking"; it is normal, and cutting the power for it would be wrong advice. Real smoke
 * stays a danger: a burning smell, black smoke, sparks or flames, or smoke from the indoor unit.
 */
import { withoutDenied } from '../denied-symptoms';
import { anyOf } from './hazard-words';

const OUTDOOR_UNIT = anyOf('外机', '室外机', '外(?:面|头|边)(?:的|那个|那台)?(?:机器|机子|主机)', '\\b(?:outdoor|outside) (?:ac |a/c |aircon |air ?con |air conditioner |condenser |heat pump )?(?:unit|part|box|bit|fan)\\b', '\\bunit outside\\b', '\\bcondenser\\b', '\\bheat pump\\b');
/** Heating, the defrost code, or the indoor fan pausing: what makes the vapour defrost water. */
const HEATING_OR_DEFROST = anyOf(
  '制热', '制暖', '暖风', '热风', '开暖', '取暖', '化霜', '除霜', '结霜', '\\bH1\\b', '(?:内机|室内机|里面|屋里)[^,，。]{0,6}(?:不吹|停(?:了)?风|风停|不出风|没风)', '(?:不吹风|不出风|停风)',
  '\\bheat(?:ing)?\\b(?! pump)', '\\bheat mode\\b', '\\bwarm air\\b', '\\bdefrost\\w*', '\\bfrost\\w*', '\\bfan\\b[^.?!]{0,25}\\b(?:stopp?\\w*|paus\\w*|quit|went off|cut out)\\b', '\\b(?:stopped|stops|quit) blowing\\b',
);
/** Smoke that is smoke. */
const REAL_SMOKE = anyOf(
  '焦', '糊', '烧', '黑烟', '浓烟', '火', '冒火', '味', '打火', '噼啪', '(?:内机|室内机|挂机|柜机)[^,，。]{0,6}冒', '插头', '插座', '电线',
  '\\bburn\\w*', '\\bblack\\b', '\\bthick\\b', '\\bsparks?\\b', '\\bflames?\\b', '\\bfire\\b', '\\bsmell\\w*', '\\bstink\\w*', '\\bindoor unit\\b[^.?!]{0,20}\\bsmok\\w*', '\\bplug\\b', '\\bsocket\\b', '\\bwir\\w*',
);

const has = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/**
 * Fire only feared or mistaken ("吓得以为着火了", "I thought it was burning"): a sign of smoke the
 * customer does not claim, like a smell they deny ("没有糊味", denied-symptoms.ts).
 */
const FEARED_FIRE = anyOf(
  '(?:以为|当成|当是|误以为|怕|担心|会不会|该不会)[^,，。]{0,6}(?:着火|起火|失火|烧起来|冒火|火灾)',
  '\\b(?:thought|assumed|scared|afraid|worried|will|would|could|can|might|going to|gonna|about to)\\b[^.?!,;]{0,30}\\b(?:on fire|catch fire|fire|burning|smok\\w*|explod\\w*)\\b',
);

/** The "smoke" in this message is an outdoor unit defrosting while it heats. */
export function defrostSteamSaid(text: string): boolean {
  if (!has(OUTDOOR_UNIT, text) || !has(HEATING_OR_DEFROST, text)) return false;
  return !has(REAL_SMOKE, withoutDenied(text).replace(FEARED_FIRE, ' '));
}
