// The demo stores no answer to the background questions a participant's record holds (gender,
// birth year): the personal link no longer asks them (known-from-record). Questionnaires
// answered before it did, or under baggrund 1.0.0, still carry them, and exports must still
// treat them by the grant: this writes them into every submitted background questionnaire, as
// such older answers would be (the birth year as given, the gender in 1.1.0's codes).
import type { Db } from "@skridt/db";

const KOEN_CODE: Record<string, number> = { male: 1, female: 2, other: 3 };

/** Stores koen and foedselsaar from the record in each submitted baggrund questionnaire; returns how many questionnaires got them. */
export async function storeAskedBackgroundAnswers(db: Db): Promise<number> {
  const assessments = await db.assessment.findMany({
    where: { instrumentId: "baggrund", status: "submitted", participantId: { not: null } },
    select: { id: true, instrumentVersion: true, submittedAt: true, participant: { select: { gender: true, birthYear: true } } },
  });
  const data = assessments.flatMap((a) => {
    const at = a.submittedAt ?? new Date();
    const given: [string, unknown][] = [];
    if (a.participant?.gender) given.push(["koen", KOEN_CODE[a.participant.gender]]);
    if (a.participant?.birthYear) given.push(["foedselsaar", a.participant.birthYear]);
    return given.map(([itemId, value]) => ({
      assessmentId: a.id,
      itemId,
      instrumentVersion: a.instrumentVersion,
      value: JSON.stringify(value),
      clientAnsweredAt: at,
      answeredAt: at,
    }));
  });
  await db.answer.createMany({ data });
  return assessments.length;
}
