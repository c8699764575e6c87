/**
 * The `Embedder` port: text in, unit-length vectors out. The knowledge index records `id` with the
 * vectors it holds, so switching embedder (or its settings) rebuilds the index instead of mixing
 * vectors from two spaces.
 */
export interface Embedder {
  /** Names the vector space: implementation, model and anything that changes the vectors. */
  readonly id: string;
  /** Vector length; known before the first call for local embedders, after it for remote ones. */
  dimensions(): Promise<number>;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Scales a vector to unit length in place (cosine similarity becomes a dot product); zero stays zero. */
export function normaliseVector(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  if (sum > 0) {
    const scale = 1 / Math.sqrt(sum);
    for (let i = 0; i < vector.length; i++) vector[i]! *= scale;
  }
  return vector;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
