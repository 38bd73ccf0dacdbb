import { z } from "zod";
import { ZOrgScope } from "./roles";

export const ZOrganisationName = z.string().trim().min(2).max(120);
export const ZRenameOrganisation = ZOrgScope.extend({ name: ZOrganisationName });
export const ZRenameForm = ZRenameOrganisation.omit({ organisationId: true });
