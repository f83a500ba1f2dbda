import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/analytics.generate.js';
import { judgeTrend, poissonUpperTail } from './trend.model.js';

/** A Poisson draw (Knuth), deterministic from the generator. */
function poisson(rnd: () => number, lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rnd();
  } while (p > l);
  return k - 1;
}

describe('trend alerts', () => {
  it('computes the Poisson upper tail', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 3)).toBeCloseTo(1 - Math.exp(-3), 10);
    expect(poissonUpperTail(10, 3)).toBeCloseTo(0.0011, 3);
  });

  it('alerts on a series that rises well above its baseline', () => {
    expect(judgeTrend(20, [6, 8, 5, 7, 6, 8]).alert).toBe(true);
    expect(judgeTrend(9, [0, 1, 0, 0, 1, 0]).alert).toBe(true);
    // Generated: a steady rate of 10 a week, then a week at three times the rate.
    const rnd = seededRandom(11);
    let alerts = 0;
    for (let i = 0; i < 400; i++) {
      const base = Array.from({ length: 6 }, () => poisson(rnd, 10));
      if (judgeTrend(poisson(rnd, 30), base).alert) alerts++;
    }
    expect(alerts / 400).toBeGreaterThan(0.75);
  });

  it('stays quiet on flat noisy series and on small numbers', () => {
    const rnd = seededRandom(7);
    let alerts = 0;
    let series = 0;
    for (const rate of [1, 3, 8, 20, 50]) {
      for (let i = 0; i < 400; i++) {
        // Noisy: the weekly rate itself wanders ±40 %, as real weeks do.
        const draw = () => poisson(rnd, rate * (0.6 + 0.8 * rnd()));
        const base = Array.from({ length: 6 }, draw);
        series++;
        if (judgeTrend(draw(), base).alert) alerts++;
      }
    }
    expect(alerts / series).toBeLessThan(0.01);
    expect(judgeTrend(4, [0, 0, 0, 0, 0, 0]).alert).toBe(false);
    expect(judgeTrend(12, [10, 14, 9, 11, 13, 10]).alert).toBe(false);
  });
});
