/** Leaves out keys whose value is undefined, so optional fields are absent rather than present and empty. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
