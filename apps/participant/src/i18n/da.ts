/** Plain, short Danish: many participants read with difficulty or are tired. */
export const da = {
  appName: "Skridt",
  skipLink: "Spring til indhold",
  languageGroup: "Sprog",
  landing: {
    title: "Skridt",
    welcome: "Velkommen. Her svarer du på spørgsmål om, hvordan du har det, og hvordan det går.",
    howTo: "Du åbner dit spørgeskema med det personlige link eller den QR-kode, du får af din mentor.",
    codeTitle: "Har du fået en kode?",
    codeIntro: "Din mentor kan også læse en kort kode op for dig. Skriv den her.",
    code: "Kode",
    codeHelp: "6 tegn, fx K7Q-M3X. Store eller små bogstaver er lige meget.",
    codeMissing: "Skriv koden, du har fået af din mentor.",
    codeInvalid: "Koden skal have 6 tegn, fx K7Q-M3X. Tjek den, og prøv igen.",
    submit: "Fortsæt",
  },
  answer: {
    title: "Spørgeskemaet er ikke klar endnu",
    body: "Du har skrevet koden {{code}}. Spørgeskemaet kan ikke åbnes her endnu.",
    help: "Det er ikke din fejl. Tal med din mentor, så finder I ud af det sammen.",
    back: "Tilbage til forsiden",
  },
  notFound: {
    title: "Siden findes ikke",
    back: "Gå til forsiden",
  },
};
