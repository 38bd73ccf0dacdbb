import { z } from "zod";
import { ZString } from "./text";

export const ROLES = ["admin", "mentor", "evaluator"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** Every organisation-scoped procedure's input carries the organisation it acts in. */
export const ZOrgScope = z.object({ organisationId: ZString.min(1).max(64) });
