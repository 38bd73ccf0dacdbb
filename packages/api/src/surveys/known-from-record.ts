// Background questions the participant's record already answers are not asked again through
// their personal link (issue 14, item 4): a mentor who recorded gender or birth year at
// enrolment has asked already, and a tired participant should not meet the question twice.
//
// The question is left out of what the link serves; the recorded value is NOT copied into the
// answers. The record stays the one source: the evaluator's gender and age breakdowns, the
// exports' gender and (where granted) birth-year columns all read Participant.gender and
// .birthYear, so a copy would add nothing there, would go stale when a mentor corrects the
// record, would be stored as if the participant had said it, and would put the birth year into
// the instrument's export columns even where the export grant leaves birth years out.
import type { Db } from "@skridt/db";
import type { TInstrument } from "@skridt/instruments";

/** Per instrument id: item id → the participant field that answers it. None of these items is required or referred to by another item's condition (unit-tested for baggrund). */
export const KNOWN_FROM_RECORD: Readonly<Record<string, Readonly<Record<string, "gender" | "birthYear">>>> = {
  baggrund: { koen: "gender", foedselsaar: "birthYear" },
};

/** "instrumentId/itemId" of every item the record answers, for the survey behind a participant's own link. */
export type TKnownItems = ReadonlySet<string>;

export function knownItemsOf(record: { gender: string | null; birthYear: number | null } | null): TKnownItems {
  const known = new Set<string>();
  if (!record) return known;
  for (const [instrumentId, items] of Object.entries(KNOWN_FROM_RECORD)) {
    for (const [itemId, field] of Object.entries(items)) if (record[field] !== null) known.add(`${instrumentId}/${itemId}`);
  }
  return known;
}

/** What the participant's record already answers; nothing for an employer's or volunteer's link. */
export async function itemsKnownFromRecord(db: Db, survey: { participantId: string | null; respondentType: string }): Promise<TKnownItems> {
  if (!survey.participantId || survey.respondentType !== "participant") return new Set();
  const record = await db.participant.findUnique({ where: { id: survey.participantId }, select: { gender: true, birthYear: true } });
  return knownItemsOf(record);
}

/**
 * The instrument as this link shows it: without the items the record answers (and without any
 * earlier answer to them), so the question count, the review page and the offline copy all
 * agree on what is asked. Stored answers and the full definition are untouched on the server.
 */
export function withoutKnownItems<T extends { definition: TInstrument; answers: Record<string, unknown> }>(instrument: T, known: TKnownItems): T {
  const { definition } = instrument;
  const isKnown = (itemId: string) => known.has(`${definition.id}/${itemId}`);
  if (!definition.items.some((item) => isKnown(item.id))) return instrument;
  return {
    ...instrument,
    definition: { ...definition, items: definition.items.filter((item) => !isKnown(item.id)) },
    answers: Object.fromEntries(Object.entries(instrument.answers).filter(([itemId]) => !isKnown(itemId))),
  };
}
