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

/** Where a row is written: the client, or a transaction's client when the row must commit with the change. */
export type AuditDb = Pick<Db, "auditEvent">;

/** Appends to the audit log. Rows are only ever inserted. */
export async function audit(db: AuditDb, entry: AuditEntry) {
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

/**
 * What a procedure says about an event through `ctx.audit`; the context adds who acted,
 * from which address and, inside an organisation, which one.
 */
export interface ContextAuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Non-secret details only: never passwords, tokens or answers. */
  detail?: Record<string, unknown>;
  /** Overrides the context's organisation (null records the event outside any). */
  organisationId?: string | null;
}

/** A procedure without a session names the actor itself (the user it just signed in), else none. */
export interface AnonymousAuditEntry extends ContextAuditEntry {
  actorId?: string | null;
}

/** `ctx.audit(entry)`, or `ctx.audit(entry, tx)` to write inside a transaction. */
export type ContextAudit<TEntry extends ContextAuditEntry = ContextAuditEntry> = (entry: TEntry, db?: AuditDb) => Promise<void>;

interface AuditSource {
  db: Db;
  ip: string;
}

/** `ctx.audit` of a signed-in caller: the actor is the session user, the organisation the procedure's (if any). */
export function auditAs(ctx: AuditSource, actorId: string, organisationId: string | null): ContextAudit {
  return (entry, db = ctx.db) => audit(db, rowOf(ctx, actorId, organisationId, entry));
}

/** `ctx.audit` of a procedure without a session: no actor unless the entry names one, no organisation unless given. */
export function anonymousAudit(ctx: AuditSource): ContextAudit<AnonymousAuditEntry> {
  return (entry, db = ctx.db) => audit(db, rowOf(ctx, entry.actorId ?? null, null, entry));
}

function rowOf(ctx: AuditSource, actorId: string | null, organisationId: string | null, entry: ContextAuditEntry): AuditEntry {
  return {
    actorId,
    // `undefined` keeps the context's organisation; an explicit null records none.
    organisationId: entry.organisationId === undefined ? organisationId : entry.organisationId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: ctx.ip,
    detail: entry.detail,
  };
}
