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

/**
 * Why a single sign-on was refused. The server sends the browser back to the sign-in page with
 * `?sso=<reason>`, the page says it in words, and the audit log keeps the key (auth.sso_refused).
 */
export const SSO_REFUSALS = [
  // The person: the provider vouched for them, but Skridt has no place for them.
  "email_not_verified",
  "domain_not_allowed",
  "no_account",
  "account_disabled",
  "subject_mismatch",
  // The sign-in itself: stale, tampered with, cancelled or failed at the provider.
  "flow_expired",
  "state_mismatch",
  "nonce_mismatch",
  "cancelled",
  "provider_error",
  "provider_unavailable",
] as const;
export const ZSsoRefusal = z.enum(SSO_REFUSALS);
export type TSsoRefusal = z.infer<typeof ZSsoRefusal>;
