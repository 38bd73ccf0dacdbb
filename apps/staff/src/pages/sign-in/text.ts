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
  },
};

export const signInEn: Texts<typeof signInDa> = {
  signIn: {
    title: "Sign in",
    intro: "Sign in with the e-mail and password you were given for Skridt.",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
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
  },
};
