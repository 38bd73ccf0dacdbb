import type { Db } from "@skridt/db";
import { builtinCareRules, classifyChange, describeChange, type TChangeSentence, type TLocalizedText } from "@skridt/instruments";
import { ensureInstruments, findInstrument } from "../programme-instruments/cache";

export interface ScaleChange {
  instrumentId: string;
  scaleId: string;
  label: TLocalizedText;
  range: { min: number; max: number };
  higherIsBetter: boolean;
  start: number;
  end: number;
  change: "improved" | "unchanged" | "worse" | null;
  /** The plain sentence the participant reads (every scale has one; a large drop is never "a little worse"). */
  sentence: TChangeSentence;
}

/** A participant's scale scores at start and end, for scales scored on both occasions. */
export async function startToEndChange(db: Db, participantId: string): Promise<ScaleChange[]> {
  const assessments = await db.assessment.findMany({
    where: { participantId, status: "submitted", occasion: { in: ["start", "end"] } },
    select: { occasion: true, instrumentId: true, instrumentVersion: true, submittedAt: true, scores: { select: { scaleId: true, value: true } } },
    orderBy: { submittedAt: "asc" },
  });
  await ensureInstruments(db, assessments);
  // The latest submitted value per occasion wins (a correction replaces the original).
  const values = new Map<string, { start?: number; end?: number }>();
  for (const a of assessments) {
    for (const score of a.scores) {
      if (score.value === null) continue;
      const key = `${a.instrumentId}/${score.scaleId}`;
      const entry = values.get(key) ?? {};
      entry[a.occasion as "start" | "end"] = score.value;
      values.set(key, entry);
    }
  }
  const out: ScaleChange[] = [];
  for (const [key, { start, end }] of values) {
    if (start === undefined || end === undefined) continue;
    const [instrumentId, scaleId] = key.split("/") as [string, string];
    const scale = findInstrument(instrumentId)?.scales.find((s) => s.id === scaleId);
    if (!scale) continue;
    out.push({
      instrumentId,
      scaleId,
      label: scale.label,
      range: scale.range,
      higherIsBetter: scale.higherIsBetter,
      start,
      end,
      change: classifyChange(scale, start, end),
      sentence: describeChange(scale, start, end, {
        largeChange: builtinCareRules.find((r) => r.instrumentId === instrumentId && r.scaleId === scaleId)?.reliableChange?.atLeast,
      }),
    });
  }
  return out;
}
