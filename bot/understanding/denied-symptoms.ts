/**
 * Symptoms the customer says are NOT there ("same hum as always, no smell", "没有糊味", "not leaking",
 * 也没冒烟): taken out before the kinds are read, so a denial never names the fault it denies (a
 * microwave's usual hum with "no smell" was matched to "smokes or smells burnt").
 */
const DENIED = new RegExp(
  [
    '(?:没有|没|无|并没有|也没有?|不)(?:闻到|看到|听到|发现|出现|有|见)?(?:什么|任何|一点|一丝)?(?:异味|臭味|怪味|焦味|糊味|焦糊味|烧焦味|味道|冒烟|烟|火花|火星|打火|漏水|渗水|异响|杂音)',
    // Felt, not seen: "摸着不麻", "没有触电的感觉" deny a leak to earth as "没有糊味" denies a burn.
    '(?:摸着|摸上去|碰着|碰到|摸起来)?(?:一点都?|一点也)?(?:没有|没|不|并不|也不|都不)(?:会|怎么|发)?(?:麻|触电|漏电|电人|电手|有电)(?:的感觉)?',
    String.raw`\b(?:no|not any|without(?: any)?|never any|nor(?: any)?|there'?s no|there is no)\s+(?:\w+\s+)?(?:smells?|odou?rs?|smoke|sparks?|sparking|burning(?: smell)?|leaks?|leaking|noises?|rattl\w*|tingl\w*|shocks?|zaps?|buzz(?:ing)?)\b(?:\s+when (?:i|you|we|he|she|they) touch\w*(?: it| them)?)?`,
    String.raw`\b(?:doesn'?t|does not|isn'?t|is not|not|never)\s+(?:smell\w*|smok\w*|spark\w*|leak\w*)\b`,
  ].join('|'),
  'gi',
);

/** The text with the symptoms it denies taken out. */
export function withoutDenied(text: string): string {
  return text.replace(DENIED, ' ');
}
