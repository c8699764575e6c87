/**
 * How many RegExp objects `new RegExp(...)` (or `RegExp(...)`) builds while some work runs: a
 * pattern rebuilt on every call shows up as a count per turn. Regex literals and the copies
 * `matchAll` makes internally are not counted. Used by the per-turn cost test and benchmark.
 */
export async function countRegExpsBuilt(work: () => Promise<unknown>): Promise<number> {
  const original = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(original, {
    construct(target, argumentList, newTarget) {
      built++;
      return Reflect.construct(target, argumentList, newTarget) as object;
    },
    apply(target, thisArgument, argumentList) {
      built++;
      return Reflect.apply(target, thisArgument, argumentList) as unknown;
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}
