import { describe, expect, it } from "vitest";
import { cellUniform, KEY_RANGE, reduceKey } from "./cell-key";
import { disclosureOf } from "./disclosure";
import { countNoise, countNoiseDistribution, MAGNITUDE_SPREAD, magnitudeNoise, MAX_COUNT_NOISE } from "./perturbation";
import { randomKeys } from "./testing-keys";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the count perturbation table", () => {
  it("has rows that are distributions with mean 0, bounded noise and no negative counts", () => {
    for (let n = 0; n <= 10; n++) {
      const row = countNoiseDistribution(n);
      expect(sum(row.map((r) => r.p))).toBeCloseTo(1, 12);
      expect(sum(row.map((r) => r.noise * r.p))).toBeCloseTo(0, 12);
      for (const r of row) {
        expect(Math.abs(r.noise)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
        expect(n + r.noise).toBeGreaterThanOrEqual(0);
      }
    }
    const full = countNoiseDistribution(20);
    expect(sum(full.map((r) => r.noise * r.noise * r.p))).toBeCloseTo(2.26, 2);
  });

  it("leaves an empty cell empty and can never lift a count of 1 or 2 to 5", () => {
    for (let k = 0; k < 1000; k++) {
      const u = k / 1000;
      expect(countNoise(0, u)).toBe(0);
      expect(1 + countNoise(1, u)).toBeLessThan(5);
      expect(2 + countNoise(2, u)).toBeLessThan(5);
    }
  });

  it("follows the table: each noise in proportion to its probability", () => {
    const tally = new Map<number, number>();
    const steps = 100_000;
    for (let k = 0; k < steps; k++) {
      const d = countNoise(40, (k + 0.5) / steps);
      tally.set(d, (tally.get(d) ?? 0) + 1);
    }
    for (const r of countNoiseDistribution(40)) expect((tally.get(r.noise) ?? 0) / steps).toBeCloseTo(r.p, 3);
  });

  it("perturbs a sum by at most its largest contribution times the spread, symmetrically", () => {
    expect(magnitudeNoise(10, 0)).toBeCloseTo(-10 * MAGNITUDE_SPREAD);
    expect(magnitudeNoise(10, 0.5)).toBeCloseTo(0);
    expect(magnitudeNoise(10, 1 - 1e-12)).toBeCloseTo(10 * MAGNITUDE_SPREAD, 4);
    expect(magnitudeNoise(10, 0.2)).toBeCloseTo(-magnitudeNoise(10, 0.8));
  });
});

describe("cell keys", () => {
  it("reduce sums to the key range", () => {
    expect(reduceKey(KEY_RANGE + 5)).toBe(5);
    expect(reduceKey(-1)).toBe(KEY_RANGE - 1);
  });

  it("give the same number for the same cell and population, and a new one when either or the tag changes", () => {
    const u = cellUniform(123456, 987654);
    expect(cellUniform(123456, 987654)).toBe(u);
    expect(cellUniform(123456 + KEY_RANGE, 987654)).toBe(u);
    expect(cellUniform(123457, 987654)).not.toBe(u);
    expect(cellUniform(123456, 987655)).not.toBe(u);
    expect(cellUniform(123456, 987654, "who5/who5:start")).not.toBe(u);
  });

  it("spread uniformly over [0, 1) for random keys", () => {
    const keys = randomKeys(20_000, 7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i + 1 < keys.length; i += 2) {
      const u = cellUniform(keys[i] as number, keys[i + 1] as number);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      bins[Math.floor(u * 10)]!++;
    }
    // 10,000 draws: each tenth holds 1,000 ± about 95 (3 SD).
    for (const b of bins) expect(Math.abs(b - 1000)).toBeLessThan(100);
  });
});

describe("what may be shown", () => {
  const keys = randomKeys(200, 11);
  const population = { count: 200, key: sum(keys) };
  const d = disclosureOf(population.key);

  it("shows a count as the same perturbed number every time, within the table's bound of the truth", () => {
    const cell = { count: 34, key: sum(keys.slice(0, 34)) };
    const shown = d.count(cell);
    expect(typeof shown).toBe("number");
    expect(Math.abs((shown as number) - 34)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
    expect(disclosureOf(population.key).count({ ...cell })).toBe(shown);
  });

  it("hides every perturbed count under 5, zero included, and shows 5 and over", () => {
    expect(d.show(0)).toBe("<5");
    expect(d.show(4)).toBe("<5");
    expect(d.show(5)).toBe(5);
    expect(d.count({ count: 0, key: 0 })).toBe("<5");
    for (let i = 0; i < 50; i++) {
      expect(d.count({ count: 1, key: keys[i] as number })).toBe("<5");
      expect(d.count({ count: 2, key: (keys[i] as number) + (keys[i + 1] as number) })).toBe("<5");
    }
  });

  it("gives a share of two perturbed counts, hidden with its count, never above 1", () => {
    expect(d.share(30, 60)).toBe(0.5);
    expect(d.share(3, 60)).toBe("<5");
    expect(d.share(62, 60)).toBe(1);
    expect(d.share(10, 0)).toBeNull();
  });

  it("perturbs a sum by its own tag: the same sum of the same people is the same, another quantity of theirs is not", () => {
    const cell = { sum: 420, top: 20, key: sum(keys.slice(0, 30)) };
    expect(d.sum(cell, "a")).toBe(d.sum({ ...cell }, "a"));
    expect(d.sum(cell, "a")).not.toBe(d.sum(cell, "b"));
    expect(Math.abs(d.sum(cell, "a") - 420)).toBeLessThanOrEqual(20 * MAGNITUDE_SPREAD);
    // A sum of zeros still gets noise (of one unit), or it would say every value is 0.
    expect(d.sum({ sum: 0, top: 0, key: 123 }, "a")).not.toBe(0);
  });

  it("draws every cell afresh when the population changes by one person", () => {
    const cells = Array.from({ length: 40 }, (_, k) => ({ count: 20 + k, key: sum(keys.slice(k, k + 20 + k)) }));
    const other = disclosureOf(population.key + (keys[199] as number));
    const same = cells.filter((c) => d.perturb(c) === other.perturb(c)).length;
    // The chance two draws agree is Σp² ≈ 0.19: about 8 of 40, far from all of them.
    expect(same).toBeLessThan(20);
  });
});
