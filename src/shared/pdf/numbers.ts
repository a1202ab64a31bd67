// Numbers as PDF content streams want them: short, no exponent, 3 decimals (1/1000 pt).

export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}
