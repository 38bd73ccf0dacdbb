import type { TProgressionModel } from "./model";

/** What zod cannot see field by field. Returns human-readable problems; empty = fine. */
export function checkProgressionModel(model: TProgressionModel): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const area of model.areas) {
    if (seen.has(area.id)) problems.push(`area id "${area.id}" is used more than once`);
    seen.add(area.id);
  }

  const { min, max } = model.range;
  if (min >= max) problems.push(`range: min ${min} must be below max ${max}`);
  if (model.kind === "relative" && !(min < 0 && max > 0)) {
    problems.push(`range: a relative model needs 0 (status quo) strictly inside, got ${min}..${max}`);
  }

  // Bands must tile the range: in order, no gaps, no overlaps, nothing outside.
  let next = min;
  model.bands.forEach((band, i) => {
    const where = `bands[${i}] (${band.min}..${band.max})`;
    if (band.min > band.max) problems.push(`${where}: min is greater than max`);
    if (band.min < next) problems.push(`${where}: overlaps the band before or starts below the range (expected ${next})`);
    else if (band.min > next) problems.push(`${where}: leaves ${next}..${band.min - 1} without a meaning`);
    if (band.max > max) problems.push(`${where}: goes beyond the range max ${max}`);
    next = Math.max(next, band.max + 1);
  });
  if (next <= max) problems.push(`bands: ${next}..${max} have no meaning`);
  return problems;
}
