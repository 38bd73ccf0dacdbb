// Ownership checks for the company and volunteer register: every row belongs to one
// organisation, and a wrong or foreign id is simply "not found" (no existence leak).
import type { Db } from "@skridt/db";
import { apiError } from "../errors";

export async function assertCompanyInOrganisation(db: Db, organisationId: string, companyId: string) {
  const found = await db.company.count({ where: { id: companyId, organisationId } });
  if (found === 0) throw apiError("NOT_FOUND", "not_found");
}

export async function assertVolunteerInOrganisation(db: Db, organisationId: string, volunteerId: string) {
  const found = await db.volunteer.count({ where: { id: volunteerId, organisationId } });
  if (found === 0) throw apiError("NOT_FOUND", "not_found");
}

/** The programme, if this organisation takes part in it. */
export async function assertProgrammeOfOrganisation(db: Db, organisationId: string, programmeId: string) {
  const linked = await db.programmeOrganisation.count({ where: { programmeId, organisationId } });
  if (linked === 0) throw apiError("NOT_FOUND", "not_found");
}
