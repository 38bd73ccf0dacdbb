import type { Db } from "@skridt/db";
import type { SessionUser } from "../auth/session";
import { apiError } from "../errors";

/** Roles that may see a programme's aggregate figures. */
const EVALUATING_ROLES = new Set(["evaluator", "admin"]);

/**
 * The organisations whose participants this user may evaluate in this programme: those
 * taking part in it where the user is evaluator or admin. Fails closed when there are none.
 */
export async function evaluableOrganisations(db: Db, user: SessionUser, programmeId: string): Promise<{ id: string; name: string }[]> {
  const mine = new Set(user.memberships.filter((m) => EVALUATING_ROLES.has(m.role)).map((m) => m.organisationId));
  const linked = await db.programmeOrganisation.findMany({
    where: { programmeId },
    select: { organisation: { select: { id: true, name: true } } },
  });
  const allowed = linked.map((l) => l.organisation).filter((o) => mine.has(o.id));
  if (allowed.length === 0) throw apiError("NOT_FOUND", "not_found");
  return allowed.sort((a, b) => a.name.localeCompare(b.name, "da"));
}
