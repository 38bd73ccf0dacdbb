import type { Db } from "@skridt/db";

// The audit log names what an entry is about so an administrator can read it: a participant
// by their pseudonymous code (never their name), staff by name, registers by their names.
// Rows about a participant's survey, review, goal, contact or status carry that participant's code.

interface AuditTarget {
  targetType: string;
  targetId: string | null;
}

/** What each target type is, for the log's label: its own name, or the participant it belongs to. */
const PARTICIPANT_RECORDS = {
  survey: (db: Db, ids: string[]) => db.survey.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  assessment: (db: Db, ids: string[]) => db.assessment.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  review: (db: Db, ids: string[]) => db.review.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  goal: (db: Db, ids: string[]) => db.goal.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  contact: (db: Db, ids: string[]) => db.contact.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  status_event: (db: Db, ids: string[]) =>
    db.statusEvent.findMany({ where: { id: { in: ids } }, select: { id: true, participant: { select: { code: true } } } }),
  // An outbox message names its participant by id only (no relation): two queries.
  message: async (db: Db, ids: string[]) => {
    const rows = await db.message.findMany({ where: { id: { in: ids } }, select: { id: true, participantId: true } });
    const participantIds = rows.flatMap((r) => (r.participantId ? [r.participantId] : []));
    const codes = new Map(
      (await db.participant.findMany({ where: { id: { in: participantIds } }, select: { id: true, code: true } })).map((p) => [p.id, p.code]),
    );
    return rows.map((r) => ({ id: r.id, participant: r.participantId && codes.has(r.participantId) ? { code: codes.get(r.participantId)! } : null }));
  },
} as const;

const NAMED = {
  participant: async (db: Db, ids: string[]) =>
    (await db.participant.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } })).map((r) => ({ id: r.id, label: r.code })),
  user: async (db: Db, ids: string[]) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
  programme: async (db: Db, ids: string[]) =>
    (await db.programme.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
  organisation: async (db: Db, ids: string[]) =>
    (await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
  company: async (db: Db, ids: string[]) =>
    (await db.company.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
  volunteer: async (db: Db, ids: string[]) =>
    (await db.volunteer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
} as const;

export interface AuditLabel {
  /** The target's own name or code ("K7Q-M3X", "Anne Mentor", "Brug din rampe"), if it still exists. */
  label: string | null;
  /** The participant a record belongs to, by code (also set when the target is the participant). */
  participantCode: string | null;
}

/** Labels for a page of audit rows, looked up in one query per target type. Keys are `type:id`. */
export async function auditLabels(db: Db, rows: readonly AuditTarget[]): Promise<Map<string, AuditLabel>> {
  const idsByType = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.targetId) continue;
    const ids = idsByType.get(row.targetType) ?? new Set<string>();
    ids.add(row.targetId);
    idsByType.set(row.targetType, ids);
  }
  const labels = new Map<string, AuditLabel>();
  for (const [type, idSet] of idsByType) {
    const ids = [...idSet];
    if (type in PARTICIPANT_RECORDS) {
      const found = await PARTICIPANT_RECORDS[type as keyof typeof PARTICIPANT_RECORDS](db, ids);
      for (const r of found) labels.set(`${type}:${r.id}`, { label: null, participantCode: r.participant?.code ?? null });
    } else if (type in NAMED) {
      const found = await NAMED[type as keyof typeof NAMED](db, ids);
      for (const r of found) labels.set(`${type}:${r.id}`, { label: r.label, participantCode: type === "participant" ? r.label : null });
    }
  }
  return labels;
}
