// How many of a cohort's questionnaires called for care (issue 13, section 2) and how many of
// those a mentor followed up: counts per occasion, with the key sums disclosure control
// perturbs by. The signal itself is not stored (it follows from the scores and the programme's
// rules), so it is worked out here from the cohort's scores of the instruments that have care
// rules, as the mentor's due list does (care/survey-signals.ts).
import type { TDisclosure, TKeyedCount, TShown } from "@skridt/analytics";
import { Prisma, type Db } from "@skridt/db";
import { builtinCareRules } from "@skridt/instruments";
import { programmeCareFromStored } from "../care/programme-rules";
import { signalsOfSurvey, type TScoredAssessment } from "../care/survey-signals";
import { inCohort, type CohortScope } from "./read-counts";

/** One occasion: submitted questionnaires whose scores called for care, and those followed up. */
export interface TKeyedCareCount {
  occasion: string;
  calledForCare: TKeyedCount;
  followedUp: TKeyedCount;
}

export interface TCareCount {
  occasion: string;
  calledForCare: TShown;
  followedUp: TShown;
  /** followedUp / calledForCare, both perturbed; hidden with its count. */
  followedUpShare: TShown | null;
}

/** A follow-up that closes the item (a "not reached" attempt does not). */
const FOLLOWED_UP = ["contacted", "already_in_contact"];

interface Person {
  key: number;
  assessments: Map<string, TScoredAssessment>;
  surveys: Map<string, { occasion: string; followedUp: boolean; order: number }>;
}

export async function readCareCounts(db: Db, scope: CohortScope): Promise<TKeyedCareCount[]> {
  if (scope.organisationIds.length === 0) return [];
  const instruments = [...new Set(builtinCareRules.map((r) => r.instrumentId))];
  const programme = await db.programme.findUnique({ where: { id: scope.programmeId }, select: { careSettings: true } });
  const { rules } = programmeCareFromStored(programme?.careSettings ?? "");
  // One row per score of a submitted assessment in the participant's own submitted questionnaire,
  // per participant in the order they were sent: the order is all the signal needs of the time.
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT p."id", p."cellKey", a."id", s."id", s."occasion", a."instrumentId", sc."scaleId", sc."value",
      CASE WHEN EXISTS (
        SELECT 1 FROM "CareFollowUp" f WHERE f."surveyId" = s."id" AND f."outcome" IN (${Prisma.join(FOLLOWED_UP)})
      ) THEN 1 ELSE 0 END
    FROM "Assessment" a
    JOIN "Survey" s ON s."id" = a."surveyId"
    JOIN "Participant" p ON p."id" = a."participantId"
    LEFT JOIN "Score" sc ON sc."assessmentId" = a."id"
    WHERE ${inCohort(db, scope)} AND a."status" = 'submitted' AND s."status" = 'submitted' AND s."respondentType" = 'participant'
      AND a."instrumentId" IN (${Prisma.join(instruments)})
    ORDER BY p."id", s."submittedAt", s."id", a."id"`);

  const people = new Map<string, Person>();
  for (const [participantId, cellKey, assessmentId, surveyId, occasion, instrumentId, scaleId, value, followedUp] of rows) {
    const person = people.get(String(participantId)) ?? { key: Number(cellKey ?? 0), assessments: new Map(), surveys: new Map() };
    people.set(String(participantId), person);
    const survey = String(surveyId);
    if (!person.surveys.has(survey))
      person.surveys.set(survey, { occasion: String(occasion), followedUp: Number(followedUp) === 1, order: person.surveys.size + 1 });
    const assessment = person.assessments.get(String(assessmentId)) ?? {
      surveyId: survey,
      instrumentId: String(instrumentId),
      // The questionnaire's place in the participant's order stands in for its time (signalsOfSurvey only compares them).
      submittedAt: new Date(person.surveys.get(survey)!.order),
      scores: [],
    };
    person.assessments.set(String(assessmentId), assessment);
    if (scaleId !== null && scaleId !== undefined) {
      assessment.scores.push({ scaleId: String(scaleId), value: value === null || value === undefined ? null : Number(value) });
    }
  }

  const cells = new Map<string, TKeyedCareCount>();
  for (const person of people.values()) {
    const assessments = [...person.assessments.values()];
    for (const [surveyId, survey] of person.surveys) {
      if (signalsOfSurvey(rules, surveyId, assessments).length === 0) continue;
      const cell = cells.get(survey.occasion) ?? { occasion: survey.occasion, calledForCare: { count: 0, key: 0 }, followedUp: { count: 0, key: 0 } };
      cells.set(survey.occasion, cell);
      cell.calledForCare.count += 1;
      cell.calledForCare.key += person.key;
      if (survey.followedUp) {
        cell.followedUp.count += 1;
        cell.followedUp.key += person.key;
      }
    }
  }
  return [...cells.values()];
}

/**
 * The counts as an evaluator may see them (packages/analytics disclosure.ts): each perturbed by
 * its cell key and shown only from the threshold, the share a ratio of perturbed counts. Every
 * occasion asked for gets a row, so whether a row is there says nothing.
 */
export function protectCareCounts(cells: readonly TKeyedCareCount[], occasions: readonly string[], d: TDisclosure): TCareCount[] {
  return occasions.map((occasion) => {
    const cell = cells.find((c) => c.occasion === occasion);
    const called = d.perturb(cell?.calledForCare ?? { count: 0, key: 0 });
    const followed = d.perturb(cell?.followedUp ?? { count: 0, key: 0 });
    return {
      occasion,
      calledForCare: d.show(called),
      followedUp: d.show(followed),
      followedUpShare: d.visible(called) ? d.share(followed, called) : d.mark,
    };
  });
}
