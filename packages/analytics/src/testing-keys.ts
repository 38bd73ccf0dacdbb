// Seeded random cell keys for the unit tests (not exported by the package): the same keys every
// run, so a test of noisy figures is reproducible.
import { KEY_RANGE } from "./cell-key";

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function randomKeys(n: number, seed: number): number[] {
  const next = seeded(seed);
  return Array.from({ length: n }, () => Math.floor(next() * KEY_RANGE));
}

/** Deep equality with numbers equal to 1e-9 (relative): sums in another order differ in the last bits. */
export function nearlyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => nearlyEqual(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return nearlyEqual(ka, kb) && ka.every((k) => nearlyEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
