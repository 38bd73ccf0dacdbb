// How staff may sign in on this server, decided by the server's environment (apps/server
// env.ts) and handed to every request's context.

export interface TSignInMethods {
  /** E-mail and password. Off: the sign-in procedure refuses and the page shows no form. */
  password: boolean;
  /** Single sign-on through the organisation's OpenID provider, or null when not configured. */
  sso: {
    /** The provider's name on the button ("Log ind med <label>"). */
    label: string;
    /**
     * Where the browser goes after Skridt's own sign-out of a single sign-on session, to end the
     * provider's session too (RP-initiated logout); null when the provider has no such endpoint
     * or cannot be reached.
     */
    endSessionUrl(): Promise<string | null>;
  } | null;
}

/** Without configuration: passwords only, as before single sign-on existed. */
export const PASSWORD_ONLY: TSignInMethods = { password: true, sso: null };
