/**
 * Sparks inside a microwave that the customer explains with metal in it: a dish with a gold or
 * silver rim, foil, a stainless-steel box, a spoon or fork. That is arcing from the metal, not a
 * fault of the oven: the answer is "no metal in there, check the cavity for burn marks", not a
 * priority handoff. It stays a danger when more than sparks is told (smoke, flames, a burnt smell),
 * when it sparks again without the metal, or when the customer says nothing metal was in it.
 */
import { withoutDenied } from '../denied-symptoms';
import { anyOf } from './hazard-words';

const MICROWAVE = anyOf('微波炉', '微波', '\\bmicrowave\\w*');

/** Metal that arcs in a microwave, named as a thing the customer put in. */
const METAL_IN_IT = anyOf(
  '金边', '银边', '金线', '描金', '镶金', '金属', '不锈钢', '铁(?:饭盒|盒|碗|盘|勺|叉)', '铝(?:箔|饭盒|盒|碗|盘|制)', '锡纸', '锡箔', '铝纸', '(?:铁|钢|金属)?(?:勺子|调羹|叉子)',
  '\\b(?:gold|silver|golden|gilt|gilded|metallic|metal)\\b[^.?!,;]{0,12}\\b(?:rim|rims|rimmed|edge|edges|edged|band|trim|trimmed|border|pattern|paint)\\b',
  '\\b(?:rim|edge|border|trim|band)\\b[^.?!,;]{0,12}\\b(?:gold|silver|golden|gilt|metallic)\\b',
  '\\b(?:alu(?:minium|minum)? |tin ?)?foil\\b', '\\bstainless(?: steel)?\\b', '\\bmetal\\b', '\\b(?:spoon|fork|twist[- ]?tie)s?\\b', '\\btin (?:can|box|tray)s?\\b',
);

/** "没放金属", "nothing metal in it": the customer rules metal out, so the sparks are unexplained. */
const NO_METAL = anyOf(
  '(?:没有?|没放|没用|不是|并没|也没|没有放)[^,，。]{0,4}(?:金属|金边|银边|不锈钢|锡纸|铝箔|勺子)',
  '\\b(?:no|nothing|without(?: any)?|not (?:a|any))\\b[^.?!,;]{0,6}\\b(?:metal|foil|gold|silver|spoon|fork)\\w*',
  '\\b(?:metal|foil)\\b[^.?!,;]{0,10}\\b(?:wasn\'?t|was not|isn\'?t|is not)\\b',
);

/** More than sparks: smoke, flames, a burnt smell, or sparks again once the metal was out. */
const MORE_THAN_ARCING = anyOf(
  '冒烟', '烟', '着火', '起火', '明火', '火苗', '烧起来', '焦', '糊', '烧黑', '熔', '化了',
  '(?:换了|换成|拿出|拿走|没放|不放|空)[^,，。]{0,10}(?:还|也|仍|依然|照样)[^,，。]{0,4}(?:打火|冒火|闪|火花|噼啪)',
  '\\bsmok\\w*', '\\bflames?\\b', '\\bfire\\b', '\\bburn\\w*', '\\bscorch\\w*', '\\bmelt\\w*', '\\bsmell\\w*',
  '\\b(?:still|keeps?|kept|again|even)\\b[^.?!]{0,20}\\bspark\\w*',
);

const has = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/** The sparks in this message are a microwave arcing on metal the customer put in it, and nothing worse. */
export function metalArcingSaid(text: string): boolean {
  const told = withoutDenied(text);
  if (!has(MICROWAVE, told) || has(NO_METAL, told)) return false;
  return has(METAL_IN_IT, told) && !has(MORE_THAN_ARCING, told);
}
