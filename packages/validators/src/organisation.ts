import { ZString } from "./text";
import { ZOrgScope } from "./roles";

export const ZOrganisationName = ZString.trim().min(2).max(120);
export const ZRenameOrganisation = ZOrgScope.extend({ name: ZOrganisationName });
export const ZRenameForm = ZRenameOrganisation.omit({ organisationId: true });
