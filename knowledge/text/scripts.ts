/**
 * Which script a piece of text is in: Chinese runs are segmented and paired into bigrams, Latin
 * runs split into words, so mixed questions ("LG滚筒不脱水") are cut where the script changes.
 * The text is put into the normal form (kernel/text/normal-form) before it gets here.
 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** True when the text holds something searchable: a letter or digit in any script. */
export function hasSearchableContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Splits mixed text into runs of CJK ideographs and runs of Latin letters/digits; the rest separates. */
export function scriptRuns(text: string): { cjk: boolean; text: string }[] {
  const runs: { cjk: boolean; text: string }[] = [];
  // Letters of other scripts form words; CJK ideographs are excluded from them so "LG滚筒" splits.
  const re = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+(?:['’][\p{L}]+)?)/gu;
  for (const match of text.matchAll(re)) {
    if (match[1]) runs.push({ cjk: true, text: match[1] });
    else if (match[2]) runs.push({ cjk: false, text: match[2] });
  }
  return runs;
}
