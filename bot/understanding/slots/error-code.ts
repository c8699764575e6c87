/**
 * Error codes shown on the display (E1, F3, H6, E15, E-04, UE, dE, EC). Codes next to a cue
 * (显示, 报, error, shows) may take more shapes; bare codes must look like the common families,
 * and a code must stand alone: the "GW" in KFR-35GW or the "P60" of a phone is not an error code.
 */
const CUE = /(?:显示|报|出现|提示|闪|跳|代码|故障码|错误码|error(?:\s*code)?|code|shows?|showing|displays?|displaying|flashing|reads)\s*(?:[:：是为了]|is)?\s*([A-Za-z]{1,2}-?\d{0,3})(?![A-Za-z0-9\/])/gi;
const BARE = /(?<![A-Za-z0-9\/\-])([EFH]-?\d{1,2}|E[A-F]|UE|dE|LE|OE|IE)(?![A-Za-z0-9\/\-])/g;
const LETTER_ONLY = new Set(['UE', 'DE', 'EC', 'LE', 'OE', 'IE', 'HE', 'FE', 'CL', 'EA', 'EB', 'ED', 'EF', 'PE', 'HH', 'FF']);

function canonical(code: string): string {
  return /^d[Ee]$/.test(code) ? 'dE' : code.toUpperCase();
}

function plausible(code: string): boolean {
  if (/\d/.test(code)) return /^[A-Za-z]{1,2}-?\d{1,3}$/.test(code);
  return LETTER_ONLY.has(code.toUpperCase()) && code !== code.toLowerCase(); // "ue" or "de" in prose are not codes
}

export function extractErrorCode(text: string): string | undefined {
  const candidates: { code: string; index: number }[] = [];
  for (const m of text.matchAll(CUE)) if (plausible(m[1]!)) candidates.push({ code: m[1]!, index: m.index });
  for (const m of text.matchAll(BARE)) candidates.push({ code: m[1]!, index: m.index });
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ? canonical(candidates[0].code) : undefined;
}
