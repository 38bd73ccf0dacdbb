// Erasure of one participant (GDPR art. 17), used by privacy.eraseParticipant and by
// `skridt retention`. What stays depends on the programme's `erasure` setting:
//  - "anonymise": the identity row goes, every free text is cut (notes, goal texts, text
//    answers, amendment and correction reasons and snapshots' notes, an external respondent's
//    "about" name),
//    consents and open links go; coded answers, scores, review scores, statuses and contacts
//    stay under the pseudonymous code with erasedAt set, so every aggregate stays the same.
//  - "delete": the participant row and everything hanging from it are removed, so the
//    participant drops out of every aggregate (n falls).
// The audit log is never touched: it records the erasure itself.
import { randomBytes, createHash } from "node:crypto";
import type { Db } from "@skridt/db";
import { audit } from "../audit";
import { isFreeTextItem } from "./free-text";

export const ERASURE_MODES = ["anonymise", "delete"] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];

export function erasureModeOf(stored: string): ErasureMode {
  return stored === "delete" ? "delete" : "anonymise";
}

export interface ErasureResult {
  participantId: string;
  code: string;
  mode: ErasureMode;
  /** Rows removed or blanked, per kind: for the audit detail and the command's report. */
  counts: Record<string, number>;
}

export interface EraseOptions {
  participantId: string;
  actorId: string | null;
  /** The organisation the erasure is recorded under (the participant's own). */
  organisationId: string;
  ip?: string | null;
  reason: "request" | "retention";
}

/** Whether a stored (JSON-encoded) answer is free text. */
function isFreeText(instrumentId: string, instrumentVersion: string, itemId: string, value: string): boolean {
  try {
    return isFreeTextItem(instrumentId, itemId, JSON.parse(value) as unknown, instrumentVersion);
  } catch {
    return true;
  }
}

/** A review's area scores without the per-area notes. */
function withoutAreaNotes(areaScores: string): string {
  try {
    const scores = JSON.parse(areaScores) as Record<string, Record<string, unknown>>;
    const out: Record<string, unknown> = {};
    for (const [area, value] of Object.entries(scores)) {
      if (value && typeof value === "object") {
        const { note: _note, ...rest } = value;
        out[area] = rest;
      } else out[area] = value;
    }
    return JSON.stringify(out);
  } catch {
    return "{}";
  }
}

/** An amendment's before/after snapshot ({ scores, note }) without any note. */
function snapshotWithoutNotes(snapshot: string): string {
  try {
    const parsed = JSON.parse(snapshot) as { scores?: unknown; note?: unknown };
    return JSON.stringify({ scores: JSON.parse(withoutAreaNotes(JSON.stringify(parsed.scores ?? {}))) as unknown, note: "" });
  } catch {
    return JSON.stringify({ scores: {}, note: "" });
  }
}

const deadHash = () => createHash("sha256").update(randomBytes(32)).digest("hex");

/** Erases one participant. Throws if the participant does not exist; a second call on an anonymised participant is a no-op erasure. */
export async function eraseParticipant(db: Db, opts: EraseOptions): Promise<ErasureResult> {
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: opts.participantId },
    select: { id: true, code: true, programme: { select: { erasure: true } } },
  });
  const mode = erasureModeOf(participant.programme.erasure);
  const counts: Record<string, number> = {};

  if (mode === "delete") {
    await db.$transaction(async (tx) => {
      const where = { participantId: participant.id };
      counts.identity = (await tx.participantIdentity.deleteMany({ where })).count;
      counts.consents = (await tx.consent.deleteMany({ where })).count;
      counts.answers = (await tx.answer.deleteMany({ where: { assessment: where } })).count;
      counts.scores = (await tx.score.deleteMany({ where: { assessment: where } })).count;
      counts.assessments = (await tx.assessment.deleteMany({ where })).count;
      counts.surveys = (await tx.survey.deleteMany({ where })).count;
      counts.goals = (await tx.goal.deleteMany({ where })).count;
      counts.reviews = (await tx.review.deleteMany({ where })).count;
      counts.contacts = (await tx.contact.deleteMany({ where })).count;
      counts.statusEvents = (await tx.statusEvent.deleteMany({ where })).count;
      // The outbox's rows (a waiting one may hold a link) and the contact preference go too.
      counts.messages = (await tx.message.deleteMany({ where })).count;
      await tx.messagePreference.deleteMany({ where });
      await tx.participant.delete({ where: { id: participant.id } });
    });
  } else {
    await db.$transaction(async (tx) => {
      const where = { participantId: participant.id };
      counts.identity = (await tx.participantIdentity.deleteMany({ where })).count;
      counts.consents = (await tx.consent.deleteMany({ where })).count;
      // Free-text answers go; coded answers stay (they make the scores and distributions).
      const answers = await tx.answer.findMany({
        where: { assessment: where },
        select: { id: true, itemId: true, value: true, assessment: { select: { instrumentId: true, instrumentVersion: true } } },
      });
      const textIds = answers.filter((a) => isFreeText(a.assessment.instrumentId, a.assessment.instrumentVersion, a.itemId, a.value)).map((a) => a.id);
      counts.textAnswers = textIds.length ? (await tx.answer.deleteMany({ where: { id: { in: textIds } } })).count : 0;
      counts.correctionReasons = (
        await tx.assessment.updateMany({ where: { ...where, correctionReason: { not: null } }, data: { correctionReason: null } })
      ).count;
      // Links stop working; the surveys' states (and so the response rates) stay.
      const surveys = await tx.survey.findMany({ where, select: { id: true } });
      for (const s of surveys) {
        await tx.survey.update({ where: { id: s.id }, data: { tokenHash: deadHash(), shortCodeHash: deadHash(), aboutFirstName: null } });
      }
      counts.surveyLinks = surveys.length;
      const reviews = await tx.review.findMany({ where, select: { id: true, areaScores: true } });
      for (const r of reviews) await tx.review.update({ where: { id: r.id }, data: { note: "", areaScores: withoutAreaNotes(r.areaScores) } });
      counts.reviewNotes = reviews.length;
      const amendments = await tx.reviewAmendment.findMany({ where: { review: where }, select: { id: true, before: true, after: true } });
      for (const a of amendments) {
        await tx.reviewAmendment.update({
          where: { id: a.id },
          data: { reason: "", before: snapshotWithoutNotes(a.before), after: snapshotWithoutNotes(a.after) },
        });
      }
      counts.amendments = amendments.length;
      counts.goalTexts = (await tx.goal.updateMany({ where, data: { title: "", actions: "", support: "" } })).count;
      counts.contactNotes = (await tx.contact.updateMany({ where, data: { note: "" } })).count;
      counts.statusNotes = (await tx.statusEvent.updateMany({ where, data: { note: "" } })).count;
      // No message after erasure: waiting ones are cancelled here, their links wiped, not left for the sender's next pass.
      counts.waitingMessages = (
        await tx.message.updateMany({ where: { ...where, status: "pending" }, data: { status: "cancelled", cancelReason: "erased", linkToken: null } })
      ).count;
      await tx.messagePreference.deleteMany({ where });
      await tx.participant.update({ where: { id: participant.id }, data: { erasedAt: new Date(), mentorId: null } });
    });
  }

  await audit(db, {
    actorId: opts.actorId,
    organisationId: opts.organisationId,
    action: "privacy.erase",
    targetType: "participant",
    targetId: participant.id,
    ip: opts.ip ?? null,
    detail: { code: participant.code, mode, reason: opts.reason, counts },
  });
  return { participantId: participant.id, code: participant.code, mode, counts };
}
