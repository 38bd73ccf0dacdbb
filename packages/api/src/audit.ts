import type { Db } from "@skridt/db";

export interface AuditEntry {
  actorId: string | null;
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  ip?: string | null;
  /** Non-secret details only: never passwords, tokens or answers. */
  detail?: Record<string, unknown>;
}

/** Appends to the audit log. Rows are only ever inserted. */
export async function audit(db: Db, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      organisationId: entry.organisationId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}
