import { describe, expect, it } from 'vitest';
import { rssGrowth, runSoak } from '../bench/soak';

describe('the soak', () => {
  it('a short soak: a host killed and restarted, backups taken, nothing lost', async () => {
    const report = await runSoak({ seconds: 40, backupEverySeconds: 10, killEverySeconds: 12 });
    expect(report).toMatchObject({ lost: 0, internalErrors: 0, integrity: 'ok' });
    expect(report.kills).toBeGreaterThanOrEqual(2);
    expect(report.backups).toBeGreaterThanOrEqual(2);
    expect(report.acknowledged).toBeGreaterThan(50);
    expect(report.rssMb.windowSeconds).toBeGreaterThanOrEqual(15);
    expect(report.rssMb.early).toBeGreaterThan(20);
  }, 120_000);

  it('measures RSS growth as the rise of the high-water mark after warm-up, per hour', () => {
    const minute = 60_000;
    // Warm-up climbs 50 MB; then the heap breathes (a 30 MB dip) while the peak rises 1 MB.
    const samples = [
      { at: 0, mb: 100 },
      { at: 4 * minute, mb: 150 },
      { at: 5 * minute, mb: 160 },
      { at: 6 * minute, mb: 130 },
      { at: 7 * minute, mb: 161 },
      { at: 8 * minute, mb: 131 },
      { at: 9 * minute, mb: 140 },
    ];
    // After 5 min: window 5–9 min; halves 5–7 (peak 160) and 7–9 (peak 161): 1 MB in 2 min.
    expect(rssGrowth(samples, 5 * minute)).toEqual({
      perHour: 30,
      early: 160,
      late: 161,
      windowSeconds: 240,
    });
    expect(rssGrowth(samples, 10 * minute).perHour).toBe(0);
  });
});
