// The texts of the sign-in and invitation pages, merged into da.ts/en.ts as the sections
// "signIn" and "invitation".
import type { Texts } from "../../i18n/texts";

export const signInDa = {
  signIn: {
    title: "Log ind",
    intro: "Log ind med den e-mail og adgangskode, du har fået til Skridt.",
    email: "E-mail",
    password: "Adgangskode",
    submit: "Log ind",
    introSso: "Log ind med din konto hos {{provider}}.",
    introBoth: "Log ind med din konto hos {{provider}}. Har du fået en adgangskode til Skridt, kan du også logge ind med e-mail og adgangskode.",
    sso: "Log ind med {{provider}}",
    or: "eller med e-mail og adgangskode",
    ssoRefused: {
      email_not_verified:
        "Din organisations login har ikke bekræftet din e-mailadresse, så Skridt kan ikke genkende dig. Kontakt din it-afdeling eller en administrator i Skridt.",
      domain_not_allowed: "Din e-mailadresse hører ikke til de domæner, der kan logge ind i Skridt her. Kontakt en administrator i Skridt.",
      no_account: "Du har ikke en bruger i Skridt endnu. Bed en administrator i Skridt om at invitere dig med din arbejdsmail, og log så ind igen.",
      account_disabled: "Din bruger i Skridt er deaktiveret. Kontakt en administrator, hvis det er en fejl.",
      subject_mismatch: "Din bruger i Skridt hører til en anden konto hos din organisations login. Kontakt en administrator i Skridt.",
      flow_expired: "Log-ind tog for lang tid eller blev startet i et andet vindue. Prøv igen.",
      state_mismatch: "Log-ind kunne ikke bekræftes. Start forfra her på siden.",
      nonce_mismatch: "Log-ind kunne ikke bekræftes. Start forfra her på siden.",
      cancelled: "Du afbrød log-ind. Prøv igen, når du er klar.",
      provider_error: "Log-ind hos din organisation lykkedes ikke. Prøv igen om lidt.",
      provider_unavailable: "Skridt kan ikke få kontakt til din organisations login lige nu. Prøv igen om lidt.",
    },
  },
  invitation: {
    title: "Invitation til Skridt",
    greeting: "Hej {{name}}",
    body: "Du er inviteret som {{role}} i {{organisation}}.",
    choosePassword: "Vælg en adgangskode for at komme i gang. Du logger ind med e-mailen {{email}}.",
    password: "Ny adgangskode",
    passwordHelp: "Mindst 10 tegn. En sætning af flere ord er let at huske og svær at gætte.",
    confirm: "Gentag adgangskode",
    mismatch: "De to adgangskoder er ikke ens.",
    submit: "Opret adgangskode og fortsæt",
    existingAccount: "Du har allerede en bruger i Skridt med e-mailen {{email}}. Log ind som normalt, og bed din administrator om at give dig rollen.",
    toSignIn: "Gå til log ind",
    useSso: "Log ind med din konto hos {{provider}} med e-mailen {{email}}. Så får du rollen med det samme.",
  },
};

export const signInEn: Texts<typeof signInDa> = {
  signIn: {
    title: "Sign in",
    intro: "Sign in with the e-mail and password you were given for Skridt.",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    introSso: "Sign in with your account at {{provider}}.",
    introBoth: "Sign in with your account at {{provider}}. If you were given a password for Skridt, you can also sign in with e-mail and password.",
    sso: "Sign in with {{provider}}",
    or: "or with e-mail and password",
    ssoRefused: {
      email_not_verified:
        "Your organisation's sign-in has not confirmed your e-mail address, so Skridt cannot recognise you. Contact your IT department or an administrator in Skridt.",
      domain_not_allowed: "Your e-mail address is not in one of the domains that can sign in to Skridt here. Contact an administrator in Skridt.",
      no_account: "You do not have a Skridt user yet. Ask an administrator in Skridt to invite you with your work e-mail, then sign in again.",
      account_disabled: "Your Skridt user has been deactivated. Contact an administrator if this is a mistake.",
      subject_mismatch: "Your Skridt user belongs to another account at your organisation's sign-in. Contact an administrator in Skridt.",
      flow_expired: "Signing in took too long or was started in another window. Please try again.",
      state_mismatch: "The sign-in could not be confirmed. Start again from this page.",
      nonce_mismatch: "The sign-in could not be confirmed. Start again from this page.",
      cancelled: "You cancelled signing in. Try again when you are ready.",
      provider_error: "Signing in at your organisation did not succeed. Please try again shortly.",
      provider_unavailable: "Skridt cannot reach your organisation's sign-in right now. Please try again shortly.",
    },
  },
  invitation: {
    title: "Invitation to Skridt",
    greeting: "Hello {{name}}",
    body: "You have been invited as {{role}} in {{organisation}}.",
    choosePassword: "Choose a password to get started. You sign in with the e-mail {{email}}.",
    password: "New password",
    passwordHelp: "At least 10 characters. A sentence of several words is easy to remember and hard to guess.",
    confirm: "Repeat password",
    mismatch: "The two passwords are not the same.",
    submit: "Create password and continue",
    existingAccount: "You already have a Skridt user with the e-mail {{email}}. Sign in as usual and ask your administrator to give you the role.",
    toSignIn: "Go to sign in",
    useSso: "Sign in with your account at {{provider}} using the e-mail {{email}}. You get the role at once.",
  },
};
