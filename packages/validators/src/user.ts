import { z } from "zod";
import { ZString } from "./text";
import { ZOrgScope, ZRole } from "./roles";
import { ZEmail } from "./auth";

export const ZInviteUser = ZOrgScope.extend({
  email: ZEmail,
  name: ZString.trim().min(1).max(120),
  role: ZRole,
});
export type TInviteUser = z.infer<typeof ZInviteUser>;

export const ZSetRoles = ZOrgScope.extend({
  userId: ZString.min(1).max(64),
  roles: z.array(ZRole).max(3),
});
export type TSetRoles = z.infer<typeof ZSetRoles>;

/** Deactivates an account (it can no longer sign in; its sessions end at once) or reactivates it. */
export const ZSetUserActive = ZOrgScope.extend({
  userId: ZString.min(1).max(64),
  active: z.boolean(),
});
export type TSetUserActive = z.infer<typeof ZSetUserActive>;
