/**
 * The global twin of a pattern, for `matchAll` and replace-every-match. Make it once, next to the
 * pattern, at module level: building a RegExp inside a function that runs every turn cost the
 * offline brain measurable time (the source string is hashed and looked up on every build).
 */
export function globalPattern(pattern: RegExp): RegExp {
  return pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}
