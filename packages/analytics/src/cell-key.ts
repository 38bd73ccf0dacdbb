/**
 * Cell keys, after the cell-key method of the Australian Bureau of Statistics' TableBuilder
 * (Fraser & Wooton 2005; Thompson, Broadfoot & Elazar 2013). Every participant carries a
 * fixed random key, an integer in [0, KEY_RANGE) stored with the participant and never
 * shown. A published figure's noise is a function of the keys of the people it counts, so the
 * same figure asked for again (by any filter that selects the same people) comes out the same,
 * and averaging repeated answers gains nothing.
 *
 * One change from the ABS: the noise depends on the keys of the cell's people AND on the keys of
 * the whole population the table is about (the cohort). With the cell's keys alone, two cohorts
 * that differ by one person give identical figures in every cell that person is not in, so the
 * one cell that changed names their answer, whatever its noise. Mixing in the population's key
 * draws every cell's noise afresh when the population changes by anyone, so a difference of two
 * tables is noise in every cell.
 */

/** Keys are integers in [0, KEY_RANGE); a cell's key is the sum of its people's keys modulo this. */
export const KEY_RANGE = 2 ** 31;

/** A sum of keys reduced to the key range (sums are exact integers below 2^53). */
export function reduceKey(sum: number): number {
  const r = sum % KEY_RANGE;
  return r < 0 ? r + KEY_RANGE : r;
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a tag: which quantity of the cell is perturbed ("" for a count). */
function tagHash(tag: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A uniform number in [0, 1) for one cell: a fixed function of the cell's key sum, the
 * population's key sum and the tag. Without the keys (they never leave the server) it cannot be
 * predicted; with equal inputs it is always the same.
 */
export function cellUniform(cellKeySum: number, populationKeySum: number, tag = ""): number {
  let h = mix(reduceKey(cellKeySum) ^ 0x9e3779b9);
  h = mix(h ^ reduceKey(populationKeySum));
  h = mix(h ^ tagHash(tag));
  h = mix(h ^ 0x27d4eb2f);
  return h / 2 ** 32;
}
