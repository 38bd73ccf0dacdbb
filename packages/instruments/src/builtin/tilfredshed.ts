import { defineInstrument } from "../define";
import { degree, importance, opt, SEED_CITATION } from "./options";

const inWork = { itemId: "i_job", in: [1, 2] };

/*
 * The seed's end-of-programme questions, with the seed's option lists and display order
 * (neutral options last, as printed). Codes are ordinal (see options.ts). No scales:
 * these are reported question by question, as in the seed report.
 */
export const tilfredshed = defineInstrument({
  id: "tilfredshed",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Tilfredshed med forløbet", en: "Satisfaction with the programme" },
  introduction: {
    da: "Nu hvor dit forløb slutter, vil vi gerne høre, hvad du har fået ud af det. Der er ingen rigtige eller forkerte svar.",
    en: "Now that your programme is ending, we would like to hear what you got out of it. There are no right or wrong answers.",
  },
  source: { citation: SEED_CITATION },
  licence: "Programme's own questions; free to reuse with credit to SIND Erhverv.",
  occasions: ["end"],
  items: [
    {
      id: "samlet_effekt",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Hvordan har det samlet set påvirket dig at deltage i projektet?",
        en: "Overall, how has taking part in the programme affected you?",
      },
      options: [
        opt(5, "I en meget positiv retning", "In a very positive direction"),
        opt(4, "I en positiv retning", "In a positive direction"),
        opt(2, "I en negativ retning", "In a negative direction"),
        opt(1, "I en meget negativ retning", "In a very negative direction"),
        opt(3, "Det har ikke påvirket mig (uddyb dit svar)", "It has not affected me (please explain)"),
      ],
    },
    {
      id: "samlet_effekt_uddyb",
      type: "text",
      maxLength: 1000,
      prompt: { da: "Uddyb dit svar", en: "Please explain your answer" },
      showIf: { itemId: "samlet_effekt", equals: 3 },
    },
    {
      id: "du_bestemmer",
      type: "single-choice",
      required: true,
      prompt: {
        da: 'Hvilken betydning har det haft for dig, at vi har anvendt metoden "Du bestemmer" (hvornår vi mødes, hvilke virksomheder der kontaktes, opfølgningssamtaler m.m.)?',
        en: 'How much has it mattered to you that we used the "Du bestemmer" (You decide) method (when we meet, which companies are contacted, follow-up talks etc.)?',
      },
      options: importance(),
    },
    {
      id: "frivillighed",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Hvilken betydning har det haft for dig, at det har været frivilligt at deltage i projektet?",
        en: "How much has it mattered to you that taking part in the programme was voluntary?",
      },
      options: importance(),
    },
    {
      id: "indflydelse_match",
      type: "single-choice",
      required: true,
      prompt: {
        da: "I hvilken grad oplever du, at du har haft indflydelse på match med virksomhed?",
        en: "To what degree do you feel you have had a say in the match with a company?",
      },
      options: degree(),
    },
    {
      id: "vigtigste",
      type: "multiple-choice",
      required: true,
      prompt: {
        da: "Hvad har været det vigtigste for dig ved din deltagelse i projektet?",
        en: "What has mattered most to you in taking part in the programme?",
      },
      help: { da: "Du kan vælge flere svar.", en: "You can choose more than one answer." },
      options: [
        opt(1, "Samtaler med projektmedarbejderen", "Talks with the programme worker"),
        opt(2, "Cafémøder", "Café meetings"),
        opt(3, "Virksomhedskontakt", "Contact with companies"),
        opt(4, "Opfølgning på virksomheden", "Follow-up at the company"),
        opt(5, "Inddragelse af dit netværk", "Involving your network"),
        opt(6, "At du har haft en frivillig mentor", "Having a volunteer mentor"),
      ],
      sourceNote: "Seed counts add up to more than n = 80, so several answers were allowed; no maximum is stated.",
    },
    {
      id: "indflydelse_samtaler",
      type: "single-choice",
      required: true,
      prompt: {
        da: "I hvilken grad oplever du, at du har haft indflydelse på samtalernes indhold?",
        en: "To what degree do you feel you have had a say in what the conversations were about?",
      },
      options: degree(),
    },
    {
      id: "forskel_job",
      type: "single-choice",
      required: true,
      prompt: {
        da: "I hvilken grad oplever du, at din deltagelse i projektet har gjort en forskel i forhold til at komme i praktik/job?",
        en: "To what degree do you feel that taking part in the programme has made a difference to getting an internship or a job?",
      },
      options: degree(),
    },
    {
      id: "i_job",
      type: "single-choice",
      required: true,
      prompt: { da: "Er du i job eller virksomhedspraktik nu?", en: "Are you in a job or a work placement now?" },
      options: [
        opt(1, "Ja, i job (fx fleksjob)", "Yes, in a job (e.g. flex job)"),
        opt(2, "Ja, i virksomhedspraktik", "Yes, in a work placement"),
        opt(0, "Nej", "No"),
      ],
      sourceNote:
        "ADDED, not in the seed: the seed asked the next two questions only of those in a job or work placement (n = 50) but does not show how they were selected.",
    },
    {
      id: "trivsel_job",
      type: "single-choice",
      required: true,
      showIf: inWork,
      prompt: {
        da: "Hvordan oplever du, at din generelle trivsel er blevet påvirket efter du er kommet i job?",
        en: "How do you feel your general wellbeing has changed since you started work?",
      },
      options: [
        opt(5, "Meget bedre", "Much better"),
        opt(4, "Bedre", "Better"),
        opt(2, "Dårligere", "Worse"),
        opt(1, "Meget dårligere", "Much worse"),
        opt(3, "Uændret", "Unchanged"),
      ],
    },
    {
      id: "faellesskab",
      type: "single-choice",
      required: true,
      showIf: inWork,
      prompt: {
        da: "I hvilken grad oplever du at være en del af fællesskabet på jobbet?",
        en: "To what degree do you feel part of the community at work?",
      },
      options: degree(),
    },
    {
      id: "bemaerkninger",
      type: "text",
      maxLength: 2000,
      prompt: { da: "Har du andre bemærkninger?", en: "Do you have any other comments?" },
      sourceNote: "ADDED: the seed quotes 'Bemærkning fra slutevalueringen, borger', so the form had a comments field, but its wording is not in the seed.",
    },
  ],
});
