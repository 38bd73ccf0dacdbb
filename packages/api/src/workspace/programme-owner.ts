// Who owns a programme (issue 11, item 4). A programme shared by several organisations has
// one set of shared settings (retention and erasure, measurement plan, progression plan, its
// own questionnaires): only the administrators of the owning organisation change them, and
// each change is written into the audit log of every organisation taking part, since it
// changes what happens to their participants too.
import type { Db } from "@skridt/db";
import type { ContextAuditEntry } from "../audit";
import type { AuditDb } from "../audit";
import { apiError } from "../errors";
import type { OrgContext } from "../trpc";

export interface ProgrammeOwnership {
  owner: { id: string; name: string };
  /** Every organisation taking part, the owner included. */
  organisations: { id: string; name: string }[];
}

/**
 * The owner: `Programme.ownerOrganisationId` while that organisation still takes part, else
 * (programmes made before ownership was recorded, or an owner that left) the participating
 * organisation created first, so the answer is the same on every call. Null when the
 * programme does not exist or has no organisation.
 */
export async function programmeOwnership(db: Db, programmeId: string): Promise<ProgrammeOwnership | null> {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { ownerOrganisationId: true, organisations: { select: { organisation: { select: { id: true, name: true, createdAt: true } } } } },
  });
  if (!programme || programme.organisations.length === 0) return null;
  const organisations = programme.organisations
    .map((o) => o.organisation)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const owner = organisations.find((o) => o.id === programme.ownerOrganisationId) ?? organisations[0]!;
  return { owner: { id: owner.id, name: owner.name }, organisations: organisations.map((o) => ({ id: o.id, name: o.name })) };
}

/**
 * Before a shared setting changes: the caller's organisation must take part (else not found,
 * as before) and own the programme (else a refusal that says so). Returns the organisations
 * whose audit logs get the event.
 */
export async function requireProgrammeOwner(ctx: Pick<OrgContext, "db" | "organisationId">, programmeId: string): Promise<ProgrammeOwnership> {
  const ownership = await programmeOwnership(ctx.db, programmeId);
  if (!ownership || !ownership.organisations.some((o) => o.id === ctx.organisationId)) throw apiError("NOT_FOUND", "not_found");
  if (ownership.owner.id !== ctx.organisationId) throw apiError("FORBIDDEN", "programme_not_owner");
  return ownership;
}

/**
 * A shared setting's audit event, once in each participating organisation's log (the acting
 * organisation's row first); the others' rows name the organisation that acted.
 */
export async function auditSharedSetting(
  ctx: Pick<OrgContext, "audit" | "organisationId">,
  ownership: ProgrammeOwnership,
  entry: ContextAuditEntry,
  tx?: AuditDb,
): Promise<void> {
  const others = ownership.organisations.filter((o) => o.id !== ctx.organisationId);
  const shared = { ...entry.detail, ...(others.length > 0 ? { sharedWith: ownership.organisations.length } : {}) };
  await ctx.audit({ ...entry, detail: shared }, tx);
  for (const organisation of others) {
    await ctx.audit({ ...entry, organisationId: organisation.id, detail: { ...shared, byOrganisation: ownership.owner.name } }, tx);
  }
}
