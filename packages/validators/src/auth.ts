import { z } from "zod";
import { ZString } from "./text";

// Shared by the procedures and the staff app's forms (zodResolver), so both validate alike.
export const ZEmail = ZString.trim().toLowerCase().max(254).pipe(z.email());
/** Long passphrases welcome; an upper bound keeps hashing cost bounded. */
export const ZNewPassword = ZString.min(10).max(200);

export const ZSignIn = z.object({ email: ZEmail, password: ZString.min(1).max(200) });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZInvitationToken = z.object({ token: ZString.min(20).max(100) });

export const ZAcceptInvitation = z.object({
  token: ZString.min(20).max(100),
  password: ZNewPassword,
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

export const ZLocale = z.enum(["da", "en"]);
