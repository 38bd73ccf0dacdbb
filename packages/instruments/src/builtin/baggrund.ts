import { defineInstrument } from "../define";
import type { TInstrument, TInstrumentInput } from "../instrument";
import { opt, SEED_CITATION, yesNo, yesNoDontKnow } from "./options";

type TItemInput = TInstrumentInput["items"][number];

/** 1.0.0's gender question: the seed's two options. Kept so answers given under 1.0.0 stay readable. */
const koenTwoOptions: TItemInput = {
  id: "koen",
  type: "single-choice",
  prompt: { da: "Hvad er dit køn?", en: "What is your gender?" },
  options: [opt(1, "Mand", "Man"), opt(2, "Kvinde", "Woman")],
  sourceNote: "Seed shows only the chart 'Fordeling af køn' (Mand/Kvinde); the prompt is reconstructed. The seed's two options are kept; the item is optional.",
};

/**
 * 1.1.0's gender question: "Mand" and "Kvinde" keep their codes (1, 2), so 1.0.0's answers
 * mean the same; "Andet" (3) matches the participant record's third value ("other"), and
 * "Vil ikke svare" (8) is a deliberate non-answer, coded apart from 9, which the other
 * built-ins use for "Ved ikke". Neither new code ever enters arithmetic.
 */
const koenWithOtherAndDecline: TItemInput = {
  id: "koen",
  type: "single-choice",
  prompt: { da: "Hvad er dit køn?", en: "What is your gender?" },
  options: [opt(1, "Mand", "Man"), opt(2, "Kvinde", "Woman"), opt(3, "Andet", "Other"), opt(8, "Vil ikke svare", "Prefer not to say")],
  sourceNote:
    "Seed shows only the chart 'Fordeling af køn' (Mand/Kvinde); the prompt is reconstructed. Danmarks Statistik's register variable KOEN is binary because it is read from the CPR number " +
    "(dst.dk/da/TilSalg/Forskningsservice/Dokumentation/hoejkvalitetsvariable/folketal/koen), so Mand/Kvinde keep the register's two categories and codes; a self-reported question " +
    "adds 'Andet' (as the platform's own participant record does: female/male/other) and an explicit 'Vil ikke svare'. No Danmarks Statistik survey standard with a third option was found to quote; the wording is the platform's.",
};

/*
 * Background questions from the seed's start questionnaire (report section "Profil af
 * deltagerne"). The report shows charts, not the form, so some prompts are chart titles
 * turned into questions; each such item says so in its sourceNote. Family questions
 * are sensitive and optional: a participant may skip them.
 */
/** The instrument as of a version, with that version's gender question. */
function baggrundVersion(version: string, koen: TItemInput): TInstrument {
  return defineInstrument({
    id: "baggrund",
    version,
    kind: "questionnaire",
    title: { da: "Baggrund", en: "Background" },
    introduction: {
      da: "Nogle spørgsmål om dig, din uddannelse, dit arbejdsliv og din familie. Du kan springe spørgsmål over, du ikke vil svare på.",
      en: "Some questions about you, your education, your working life and your family. You can skip questions you do not want to answer.",
    },
    source: { citation: SEED_CITATION },
    licence: "Programme's own questions; free to reuse with credit to SIND Erhverv.",
    occasions: ["start"],
    items: [
      koen,
      {
        id: "foedselsaar",
        type: "number",
        prompt: { da: "Hvilket år er du født?", en: "In what year were you born?" },
        // Wide, fixed bounds (a definition must not depend on today's date): catches typos
        // such as 198 or 2098, not plausibility.
        min: 1920,
        max: 2012,
        integer: true,
        sourceNote: "Seed reports age at start (mean 42.2, 23-61); the question wording is not in the seed.",
      },
      {
        id: "uddannelse",
        type: "single-choice",
        prompt: { da: "Hvad er din højeste afsluttede uddannelse?", en: "What is your highest completed education?" },
        options: [
          opt(1, "Ingen afgangseksamen fra folkeskolen", "No school-leaving exam from primary/lower secondary school"),
          opt(2, "Folkeskolen (9.-10. klasse)", "Primary/lower secondary school (9th-10th grade)"),
          opt(3, "Gymnasial uddannelse (fx STX)", "Upper secondary school (e.g. STX)"),
          opt(4, "Erhvervsfaglig/faglært (fx murer, frisør)", "Vocational training (e.g. bricklayer, hairdresser)"),
          opt(5, "Kort videregående uddannelse, 2-3 år", "Short higher education, 2-3 years"),
          opt(6, "Mellemlang videregående uddannelse, 3-4 år", "Medium-length higher education, 3-4 years"),
          opt(7, "Lang videregående uddannelse, mere end 4 år", "Long higher education, more than 4 years"),
        ],
        sourceNote:
          "Seed chart labels are cut off: the examples after 'Gymnasialuddannelse (fx ST...' (kept as 'STX'), 'murer, frisør, ...', 'Kort videregående uddannelse, 2-3 år (fx ...' and the endings of the 3-4 år / mere end 4 år options were lost; the lost examples are left out.",
      },
      {
        id: "erhvervserfaring",
        type: "single-choice",
        prompt: { da: "Hvor mange års erhvervserfaring har du?", en: "How many years of work experience do you have?" },
        options: [
          opt(0, "Har aldrig været på arbejdsmarkedet", "Have never been in the labour market"),
          opt(1, "Under 1 år", "Less than 1 year"),
          opt(2, "Fra 1 år og op til 5 år", "From 1 year up to 5 years"),
          opt(3, "Fra 5 år og op til 10 år", "From 5 years up to 10 years"),
          opt(4, "10 års erfaring eller mere", "10 years or more"),
        ],
        sourceNote: "Seed's option list; the third option is garbled ('Fra4arogoptil 5 ar') and read as 'Fra 1 år og op til 5 år'.",
      },
      {
        id: "maaneder_siden_job",
        type: "number",
        prompt: { da: "Hvor mange måneder er det siden, du sidst var i job?", en: "How many months is it since you last had a job?" },
        help: { da: "Skriv 0, hvis du er i job nu.", en: "Enter 0 if you have a job now." },
        min: 0,
        max: 600,
        integer: true,
        unit: { da: "måneder", en: "months" },
        sourceNote:
          "Seed chart 'Antal måneder siden deltager sidst var i job' grouped as: in a job at start, up to 12, 13-36, 37+ months; the question wording is reconstructed and asked as a number so these groups can be derived.",
      },
      {
        id: "tidligere_fleksjob",
        type: "single-choice",
        prompt: { da: "Har du tidligere været i fleksjob?", en: "Have you had a flex job before?" },
        options: yesNo(),
        sourceNote: "Seed states '61 % har tidligere været i fleksjob'; the question wording is reconstructed.",
      },
      {
        id: "parforhold",
        type: "single-choice",
        prompt: { da: "Lever du i parforhold?", en: "Are you living with a partner?" },
        options: yesNo(),
      },
      {
        id: "samlever_psykisk",
        type: "single-choice",
        prompt: { da: "Har din samlever psykiske udfordringer?", en: "Does your partner have mental health challenges?" },
        options: yesNo(),
        showIf: { itemId: "parforhold", equals: 1 },
      },
      {
        id: "boern",
        type: "single-choice",
        prompt: { da: "Har du børn?", en: "Do you have children?" },
        options: yesNo(),
      },
      {
        id: "boern_psykisk",
        type: "single-choice",
        prompt: { da: "Har børnene psykiske udfordringer?", en: "Do the children have mental health challenges?" },
        options: yesNo(),
        showIf: { itemId: "boern", equals: 1 },
      },
      {
        id: "foraeldre_psykisk",
        type: "single-choice",
        prompt: {
          da: "Er du barn af forældre med psykisk sygdom?",
          en: "Do you have a parent who has (or has had) a mental illness?",
        },
        options: yesNoDontKnow(),
        sourceNote: "Seed chart title 'Barn af forældre med psykisk sygdom' (Ja/Nej/Ved ikke) turned into a question.",
      },
      {
        id: "soeskende_psykisk",
        type: "single-choice",
        prompt: { da: "Har du søskende med psykiske udfordringer?", en: "Do you have siblings with mental health challenges?" },
        options: yesNoDontKnow(),
        sourceNote: "Seed chart title 'Har søskende med psykiske udfordringer' (Ja/Nej/Ved ikke) turned into a question.",
      },
    ],
  });
}

/** The current version: gender with "Andet" and "Vil ikke svare". */
export const baggrund = baggrundVersion("1.1.0", koenWithOtherAndDecline);

/** The first version (two gender options): stored answers name it, so it stays registered. */
export const baggrundV1 = baggrundVersion("1.0.0", koenTwoOptions);
