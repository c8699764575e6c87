/** Growable buffers for the search structures, which keep their data in typed arrays rather than objects. */
type NumberArray = Int16Array | Uint16Array | Int32Array | Float32Array | Float64Array;

/** A copy of `array` with room for `length` elements (the first `length`, if shorter). */
export function resized<T extends NumberArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array.subarray(0, Math.min(length, array.length)));
  return copy;
}
