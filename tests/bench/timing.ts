// What the benches time with: an action run after one warm-up, its median and p95 (ms).

export const round = (n: number) => Math.round(n * 10) / 10;

/** The q-quantile of the figures (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

export interface Timing {
  p50: number;
  p95: number;
}

/**
 * Runs `action` once to warm up, then `runs` times: the median and p95 of those, in ms.
 * `before` (untimed) runs ahead of each: a change that makes the action's work new, where
 * the desk would otherwise answer a repeat from what it kept.
 */
export async function times(
  runs: number,
  action: (i: number) => Promise<unknown> | unknown,
  before?: (i: number) => Promise<unknown> | unknown,
): Promise<Timing> {
  await before?.(-1);
  await action(-1);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.(i);
    const t = performance.now();
    await action(i);
    out.push(performance.now() - t);
  }
  return { p50: round(quantile(out, 0.5)), p95: round(quantile(out, 0.95)) };
}
