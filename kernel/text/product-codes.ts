/**
 * How fault codes and model numbers are compared everywhere: the knowledge base indexes them this
 * way and the conversation engine matches a customer's code against a hit the same way, so the one
 * rule lives below both.
 */

/** Error codes are compared normalised: "e-1", "Ｅ１" and "E1" are one code. Case is kept for dE-style codes only in display. */
export function normaliseCode(code: string): string {
  return code
    .normalize('NFKC')
    .replace(/[\s_-]+/g, '')
    .toUpperCase();
}

/** Model numbers likewise: "KFR-35GW/BpR3", "kfr 35gw/bpr3" compare equal. */
export function normaliseModel(model: string): string {
  return model
    .normalize('NFKC')
    .replace(/[\s_\-/.]+/g, '')
    .toUpperCase();
}
