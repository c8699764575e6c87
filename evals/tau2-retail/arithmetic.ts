import { RetailToolError } from './tool-specs';

/**
 * + - * / and parentheses over decimal numbers, by recursive descent: never `eval`, because the
 * expression comes from a model.
 */
export function evaluateArithmetic(expression: string): number {
  if (!/^[\d+\-*/(). ]+$/.test(expression)) throw new RetailToolError('Invalid characters in expression');
  const tokens = expression.match(/\d+(?:\.\d*)?|\.\d+|[+\-*/()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const fail = (): never => {
    throw new RetailToolError(`Invalid expression: ${expression}`);
  };
  const primary = (): number => {
    const t = tokens[at++];
    if (t === undefined) return fail();
    if (t === '(') {
      const v = sum();
      if (tokens[at++] !== ')') fail();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    const n = Number(t);
    return Number.isFinite(n) ? n : fail();
  };
  const product = (): number => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[at++];
      const r = primary();
      if (op === '/' && r === 0) throw new RetailToolError('Division by zero');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[at++] === '+' ? v + product() : v - product();
    return v;
  };
  const value = sum();
  if (at !== tokens.length) fail();
  return value;
}
