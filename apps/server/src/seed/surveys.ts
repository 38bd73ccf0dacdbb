// Demo questionnaires in the proportions of the seed evaluation (shared/seeds/001): 113 of
// 125 start questionnaires submitted (5 more left incomplete), and about 80 end questionnaires
// among those who have ended. Answers go through the same submit and scoring as real ones.
import { createSurvey, knownItemsOf, submitSurvey } from "@skridt/api";
import type { Db } from "@skridt/db";
import { getInstrument } from "@skridt/instruments";
import { simulateAnswers } from "./answers";
import type { seededRandom } from "./random";

type Random = ReturnType<typeof seededRandom>;
const DAY = 24 * 60 * 60 * 1000;

export interface SeededParticipant {
  id: string;
  enrolledOn: Date;
  endedOn: Date | null;
  gender: "female" | "male" | "other";
  birthYear: number | null;
}

/** baggrund's koen codes (1.1.0: Mand 1, Kvinde 2, Andet 3) for the record's gender. */
const KOEN_CODE: Record<SeededParticipant["gender"], number> = { male: 1, female: 2, other: 3 };

async function fill(
  db: Db,
  participant: SeededParticipant,
  occasion: "start" | "end",
  wellbeing: number,
  random: Random,
  opts: { answeredOn: Date; submit: boolean; stopAfter?: number },
) {
  const survey = await createSurvey(db, {
    participantId: participant.id,
    occasion,
    mode: occasion === "start" ? "assisted" : "self",
    createdById: null,
    now: opts.answeredOn,
  });
  const assessments = await db.assessment.findMany({ where: { surveyId: survey.surveyId }, orderBy: { position: "asc" } });
  let given = 0;
  for (const assessment of assessments) {
    const instrument = getInstrument(assessment.instrumentId, assessment.instrumentVersion);
    if (!instrument) continue;
    // What the record holds (gender, birth year) is not asked through the link (known-from-record),
    // so no answer is stored for it, as for a real participant. Those items still get a fixed
    // value in the simulation so they draw nothing from `random`: the rest of the demo stays the same.
    const fixed = instrument.id === "baggrund" ? { koen: KOEN_CODE[participant.gender], foedselsaar: participant.birthYear } : {};
    const known = knownItemsOf(participant);
    const answers = Object.entries(simulateAnswers(instrument, wellbeing, random, fixed)).filter(([itemId]) => !known.has(`${instrument.id}/${itemId}`));
    const kept = opts.stopAfter === undefined ? answers : answers.slice(0, Math.max(0, opts.stopAfter - given));
    given += kept.length;
    await db.answer.createMany({
      data: kept.map(([itemId, value]) => ({
        assessmentId: assessment.id,
        itemId,
        instrumentVersion: assessment.instrumentVersion,
        value: JSON.stringify(value),
        clientAnsweredAt: opts.answeredOn,
        answeredAt: opts.answeredOn,
      })),
    });
  }
  const at = { createdAt: opts.answeredOn, openedAt: opts.answeredOn, startedAt: opts.answeredOn };
  if (opts.submit) {
    await submitSurvey(db, survey.surveyId);
    await db.survey.update({ where: { id: survey.surveyId }, data: { ...at, submittedAt: opts.answeredOn } });
    await db.assessment.updateMany({ where: { surveyId: survey.surveyId }, data: { createdAt: opts.answeredOn, submittedAt: opts.answeredOn } });
  } else {
    await db.survey.update({ where: { id: survey.surveyId }, data: { ...at, status: given > 0 ? "in_progress" : "created" } });
  }
}

export async function seedSurveys(db: Db, participants: SeededParticipant[], random: Random) {
  // Who answers what is drawn in a fixed order so the demo is the same everywhere.
  const order = [...participants].sort(() => random.next() - 0.5);
  const noStart = new Set(order.slice(0, 12).map((p) => p.id));
  const incomplete = new Set(order.slice(0, 5).map((p) => p.id));
  const ended = order.filter((p) => p.endedOn && !noStart.has(p.id));
  const endAnswered = new Set(ended.slice(0, 80).map((p) => p.id));

  for (const participant of participants) {
    const start = 0.2 + random.next() * 0.4;
    if (noStart.has(participant.id)) {
      if (incomplete.has(participant.id)) {
        await fill(db, participant, "start", start, random, { answeredOn: participant.enrolledOn, submit: false, stopAfter: random.int(3, 15) });
      }
      continue;
    }
    await fill(db, participant, "start", start, random, { answeredOn: participant.enrolledOn, submit: true });
    if (endAnswered.has(participant.id) && participant.endedOn) {
      const end = Math.min(1, Math.max(0, start + 0.12 + (random.next() - 0.5) * 0.3));
      await fill(db, participant, "end", end, random, { answeredOn: new Date(participant.endedOn.getTime() - random.int(0, 7) * DAY), submit: true });
    }
  }
}
