// Writes a validated import in ONE transaction: all rows or none. Rows go in chunks with
// createMany (four statements per chunk instead of one per answer), reporting progress.
// Everything it creates is marked as imported: mode "import" on surveys and assessments,
// each answer's clientMutationId "import:<batch>", and an "import.batch" audit event.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import type { TInstrument } from "@skridt/instruments";
import { audit } from "../audit";
import { refreshScaleFigures } from "../evaluation/scale-figures";
import { newSurveyCredentials } from "../surveys/links";
import type { OnProgress } from "./progress";
import { writeRegister } from "./respondents";
import type { Scope, Validation } from "./validate";

export const IMPORT_MODE = "import";
const CHUNK = 250;

export interface ImportCounts {
  participantsCreated: number;
  surveys: number;
  /** Of the surveys, those imported as incomplete (begun, never sent). */
  incomplete: number;
  assessments: number;
  answers: number;
  scores: number;
  /** Register entries the import added (createRespondents). */
  companiesCreated: number;
  volunteersCreated: number;
  statusEvents: number;
  /** Participations a status that ends them (Udmeldt, …) ended. */
  participantsEnded: number;
  /** Contact rows of participants, and of the programme with companies; contactsCounted adds up their counts. */
  contacts: number;
  companyContacts: number;
  contactsCounted: number;
}

export const noCounts = (): ImportCounts => ({
  participantsCreated: 0,
  surveys: 0,
  incomplete: 0,
  assessments: 0,
  answers: 0,
  scores: 0,
  companiesCreated: 0,
  volunteersCreated: 0,
  statusEvents: 0,
  participantsEnded: 0,
  contacts: 0,
  companyContacts: 0,
  contactsCounted: 0,
});

export async function writeImport(
  db: Db,
  input: { scope: Scope; instrument: TInstrument; validation: Validation; batchId: string; actorId: string | null; fileName: string; ip: string | null },
  onProgress?: OnProgress,
): Promise<ImportCounts> {
  const { scope, instrument, validation, batchId, actorId } = input;
  const counts = noCounts();
  const total = validation.rows.length;
  // Large files hold the write lock for a while; the default 5 s would abort them half-way.
  await db.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      const touched = new Set<string>();
      const registerKind = validation.rows.find((r) => r.respondent)?.respondent?.kind ?? "company";
      const added = await writeRegister(tx, registerKind, scope.organisationId, validation.register);
      if (registerKind === "company") counts.companiesCreated = added;
      else counts.volunteersCreated = added;
      counts.incomplete = validation.rows.filter((r) => r.incomplete).length;
      for (let i = 0; i < validation.newParticipants.length; i += CHUNK) {
        const data = validation.newParticipants.slice(i, i + CHUNK).map((p) => {
          const id = randomUUID();
          ids.set(p.code, id);
          return { id, code: p.code, organisationId: scope.organisationId, programmeId: scope.programmeId, enrolledOn: new Date(`${p.enrolledOn}T00:00:00Z`) };
        });
        counts.participantsCreated += (await tx.participant.createMany({ data })).count;
      }
      for (let i = 0; i < total; i += CHUNK) {
        const surveys = [];
        const assessments = [];
        const answers = [];
        const scores = [];
        for (const row of validation.rows.slice(i, i + CHUNK)) {
          const participantId = row.participantId ?? (row.code ? ids.get(row.code)! : null);
          if (participantId && !row.respondent) touched.add(participantId);
          const surveyId = randomUUID();
          const assessmentId = randomUUID();
          // A link nobody holds: the token is never returned, and the survey is closed anyway.
          const { tokenHash, shortCodeHash } = newSurveyCredentials();
          const at = row.submittedAt;
          surveys.push({
            id: surveyId,
            participantId,
            respondentType: row.respondent?.kind ?? "participant",
            companyId: row.respondent?.kind === "company" ? row.respondent.id : null,
            volunteerId: row.respondent?.kind === "volunteer" ? row.respondent.id : null,
            occasion: row.occasion,
            mode: IMPORT_MODE,
            // Begun and never sent: counted as incomplete, like a questionnaire left half-way.
            status: row.incomplete ? "in_progress" : "submitted",
            tokenHash,
            shortCodeHash,
            expiresAt: at,
            startedAt: at,
            submittedAt: row.incomplete ? null : at,
            createdById: actorId,
          });
          assessments.push({
            id: assessmentId,
            participantId,
            surveyId,
            position: 0,
            instrumentId: instrument.id,
            instrumentVersion: instrument.version,
            occasion: row.occasion,
            status: row.incomplete ? "open" : "submitted",
            mode: IMPORT_MODE,
            submittedAt: row.incomplete ? null : at,
            createdById: actorId,
          });
          for (const [itemId, value] of Object.entries(row.values)) {
            answers.push({
              assessmentId,
              itemId,
              instrumentVersion: instrument.version,
              value: JSON.stringify(value),
              clientMutationId: `import:${batchId}`,
              clientAnsweredAt: at,
              answeredAt: at,
            });
          }
          for (const s of row.scores)
            scores.push({ assessmentId, scaleId: s.scaleId, value: s.value, status: s.status, instrumentVersion: instrument.version });
        }
        counts.surveys += (await tx.survey.createMany({ data: surveys })).count;
        counts.assessments += (await tx.assessment.createMany({ data: assessments })).count;
        if (answers.length) counts.answers += (await tx.answer.createMany({ data: answers })).count;
        if (scores.length) counts.scores += (await tx.score.createMany({ data: scores })).count;
        onProgress?.({ phase: "writing", done: Math.min(total, i + CHUNK), total });
      }
      await refreshScaleFigures(tx, db.engine, [...touched]);
      // Inside the transaction: the batch and its audit row commit (or roll back) together.
      await audit(tx, {
        actorId,
        organisationId: scope.organisationId,
        action: "import.batch",
        targetType: "programme",
        targetId: scope.programmeId,
        ip: input.ip,
        detail: {
          batchId,
          kind: "answers",
          fileName: input.fileName,
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          rows: total,
          ...counts,
        },
      });
    },
    { timeout: 10 * 60 * 1000, maxWait: 30 * 1000 },
  );
  return counts;
}
