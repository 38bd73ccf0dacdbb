// The evaluator's figures for employers' and volunteer mentors' questionnaires: per item
// distributions with n, protected by the same disclosure control as the participants' figures
// (packages/analytics/src/disclosure.ts: every count perturbed by its respondents' cell keys,
// "<5" below the threshold, shares of perturbed counts).
import type { Db } from "@skridt/db";
import {
  addKeyed,
  disclosureOf,
  keyed,
  keyedItemDistributions,
  protectItemDistributions,
  type TAnswerRow,
  type TParticipantRow,
  type TSurveyRow,
} from "@skridt/analytics";
import { EXTERNAL_RESPONDENT, externalInstruments, getInstrument, type TExternalRespondent } from "@skridt/instruments";
import { surveyState } from "../surveys/state";

const TYPES: readonly TExternalRespondent[] = ["company", "volunteer"];

/**
 * External questionnaires of a programme within these organisations. A survey has no
 * programme of its own: one about a participant belongs to that participant's programme;
 * one about no participant belongs to every programme its company's or volunteer's
 * organisation takes part in (see the report: a Survey.programmeId would make this exact).
 */
export function externalSurveysWhere(programmeId: string, organisationIds: string[]) {
  return {
    respondentType: { in: [...TYPES] },
    OR: [{ company: { organisationId: { in: organisationIds } } }, { volunteer: { organisationId: { in: organisationIds } } }],
    AND: [{ OR: [{ participantId: null }, { participant: { programmeId } }] }],
  };
}

export async function externalResults(db: Db, programmeId: string, organisationIds: string[]) {
  const surveys = await db.survey.findMany({
    where: externalSurveysWhere(programmeId, organisationIds),
    select: {
      id: true,
      respondentType: true,
      status: true,
      expiresAt: true,
      occasion: true,
      cellKey: true,
      assessments: {
        where: { status: "submitted" },
        select: { instrumentId: true, instrumentVersion: true, occasion: true, answers: { select: { itemId: true, value: true } } },
      },
    },
  });
  return TYPES.map((type) => {
    const mine = surveys.filter((s) => s.respondentType === type);
    const submitted = mine.filter((s) => surveyState(s) === "submitted");
    // Each questionnaire is one respondent with its own cell key; the analytics count
    // "participants", so the survey id stands in.
    const respondents: TParticipantRow[] = submitted.map((s) => ({ participantId: s.id, organisationId: "", enrolledOn: "1970-01-01", cellKey: s.cellKey }));
    const sent = keyed();
    for (const s of mine) addKeyed(sent, s.cellKey);
    const answered = keyed();
    for (const s of submitted) addKeyed(answered, s.cellKey);
    // The population is both sets: a questionnaire sent, withdrawn or answered between two calls
    // changes the key, so every cell draws new noise and the two answers differ by noise in every
    // cell, not by the one respondent's answers (cell-key.ts explains why the population counts).
    const d = disclosureOf(sent.key + answered.key);
    const rows: TSurveyRow[] = submitted.map((s) => ({ participantId: s.id, occasion: s.occasion, state: "submitted" }));
    const answers: TAnswerRow[] = [];
    const instrumentIds = Object.keys(EXTERNAL_RESPONDENT).filter((id) => EXTERNAL_RESPONDENT[id] === type);
    for (const s of submitted) {
      for (const a of s.assessments) {
        const definition = getInstrument(a.instrumentId, a.instrumentVersion);
        for (const answer of a.answers) {
          const item = definition?.items.find((i) => i.id === answer.itemId);
          // Free text is never counted into categories: a comment could name a person.
          if (!item || (item.type !== "single-choice" && item.type !== "multiple-choice")) continue;
          answers.push({
            participantId: s.id,
            occasion: a.occasion,
            instrumentId: a.instrumentId,
            itemId: answer.itemId,
            value: JSON.parse(answer.value) as TAnswerRow["value"],
          });
        }
      }
    }
    const categories = instrumentIds.flatMap((id) =>
      (externalInstruments[id]?.items ?? []).flatMap((item) =>
        item.type === "single-choice" || item.type === "multiple-choice"
          ? [{ instrumentId: id, itemId: item.id, values: item.options.map((o) => o.code) }]
          : [],
      ),
    );
    const occasions = [...new Set(instrumentIds.flatMap((id) => externalInstruments[id]?.occasions ?? []))];
    const distributions = keyedItemDistributions(respondents, answers, { occasions, categories, surveys: rows });
    return {
      respondentType: type,
      sent: d.count(sent),
      answered: d.count(answered),
      instruments: instrumentIds.flatMap((id) => {
        const i = externalInstruments[id];
        if (!i) return [];
        return [
          {
            id: i.id,
            title: i.title,
            items: i.items
              .filter((item) => item.type === "single-choice" || item.type === "multiple-choice")
              .map((item) => ({
                id: item.id,
                type: item.type,
                prompt: item.prompt,
                options: "options" in item ? item.options.map((o) => ({ code: o.code, label: o.label })) : [],
              })),
          },
        ];
      }),
      distributions: protectItemDistributions(distributions, d),
    };
  });
}
