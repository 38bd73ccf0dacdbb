import type { Db } from "@skridt/db";
import type { TOccasion } from "@skridt/instruments";
import { hashToken } from "../auth/token";
import { createSurvey } from "../surveys/create";
import { newSurveyCredentials } from "../surveys/links";
import { surveyState } from "../surveys/state";
import { outboxSettings } from "./settings";
import type { TOutboxRow } from "./recipient";

/** The participant app answers /a/<token>; the staff app's invitation page is /staff/invitation/<token>. */
export function surveyUrl(token: string): string {
  return `${outboxSettings().publicUrl}/a/${encodeURIComponent(token)}`;
}

export function staffInvitationUrl(token: string): string {
  return `${outboxSettings().publicUrl}/staff/invitation/${encodeURIComponent(token)}`;
}

export function optOutUrl(token: string): string {
  return `${outboxSettings().publicUrl}/afmeld/${encodeURIComponent(token)}`;
}

/**
 * The transaction's first statement is a write to the row (SQLite: the write lock is taken at
 * once, waiting for another process's writer, instead of failing when a read-then-write
 * transaction meets one); it also checks that this process still holds the row.
 */
async function holdRow(tx: Pick<Db, "message">, id: string, owner: string) {
  const { count } = await tx.message.updateMany({ where: { id, leaseOwner: owner }, data: { leaseOwner: owner } });
  if (count !== 1) throw new Error("lease lost while preparing the message");
}

export type TLinkResult = { ok: true; token: string; surveyId: string | null } | { ok: false; reason: string };

/**
 * The link a message carries, made when it is about to be sent (never while it waits for a
 * transport). A plan invitation creates its survey here, in the transaction that records the
 * survey and token on the row, so a crash cannot leave a survey nobody was sent. A message for
 * an existing survey gets a new link (the old one stops working, as with "renew link"). A retry
 * after a crash reuses the link the row already holds.
 */
export async function linkFor(db: Db, m: TOutboxRow & { linkToken: string | null }, owner: string, now: Date): Promise<TLinkResult> {
  if (m.linkToken) {
    // A mentor may have renewed the survey's link since: the old one in a waiting reminder no longer works.
    if (m.surveyId) {
      const survey = await db.survey.findUnique({ where: { id: m.surveyId }, select: { tokenHash: true } });
      if (survey && survey.tokenHash !== hashToken(m.linkToken)) return { ok: false, reason: "link_renewed" };
    }
    return { ok: true, token: m.linkToken, surveyId: m.surveyId };
  }
  if (m.kind === "survey_reminder" || m.kind === "staff_invitation") return { ok: false, reason: "no_link" };
  if (m.kind === "survey_invitation" && !m.surveyId && m.participantId && m.occasion) {
    const participantId = m.participantId;
    const occasion = m.occasion as TOccasion;
    return db.$transaction(async (tx) => {
      await holdRow(tx, m.id, owner);
      // A mentor may have handed this occasion's questionnaire over already: then the plan's message is not needed.
      const existing = await tx.survey.findMany({
        where: { participantId, respondentType: "participant", occasion, status: { not: "withdrawn" } },
        select: { status: true, expiresAt: true },
      });
      if (existing.some((s) => surveyState(s, now) !== "expired")) return { ok: false as const, reason: "survey_exists" };
      const created = await createSurvey(tx, { participantId, occasion, mode: "self", createdById: null, now });
      const { count } = await tx.message.updateMany({ where: { id: m.id, leaseOwner: owner }, data: { surveyId: created.surveyId, linkToken: created.token } });
      if (count !== 1) throw new Error("lease lost while preparing the message");
      return { ok: true as const, token: created.token, surveyId: created.surveyId };
    });
  }
  if (m.surveyId) {
    const surveyId = m.surveyId;
    return db.$transaction(async (tx) => {
      await holdRow(tx, m.id, owner);
      const credentials = newSurveyCredentials(now);
      await tx.survey.update({
        where: { id: surveyId },
        data: { tokenHash: credentials.tokenHash, shortCodeHash: credentials.shortCodeHash, expiresAt: credentials.expiresAt },
      });
      const { count } = await tx.message.updateMany({ where: { id: m.id, leaseOwner: owner }, data: { linkToken: credentials.token } });
      if (count !== 1) throw new Error("lease lost while preparing the message");
      return { ok: true as const, token: credentials.token, surveyId };
    });
  }
  return { ok: false, reason: "no_link" };
}
