import { defineProgressionModel } from "../define";

const area = (id: string, da: string, en: string, descDa: string, descEn: string) => ({
  id,
  label: { da, en },
  description: { da: descDa, en: descEn },
});

/**
 * A 1–10 ladder after "Den asymmetriske alliance" as Huset Venture Nordjylland used it in
 * Jobstyrke i Nord (Cabi, seed 000): in the conversation the participant chooses on a
 * scale from 1 to 10 whether they have the abilities and competences to reach the
 * sub-goal (delmål); the educator then chooses the number that together with the
 * participant's makes 10. Few abilities means the mentor must give a high degree of help.
 * A plan for the participant's actions and one for the mentor's support follow, and
 * progress is followed up at the next conversation ("Hvor langt er du på skalaen fra 1 til
 * 10? Hvad skal der til? Hvad kan du selv gøre? Og hvilken hjælp skal der til?").
 *
 * Here: `participant` is the participant's own placement (required, it is the method's
 * starting point), `mentor` the mentor's placement on the same ladder, kept beside it;
 * support is 10 − the participant's number. The seed scores one sub-goal at a time; we
 * score per area, each area standing for its current sub-goal. The areas are the
 * projects' teaching themes (Hverdagsmestring, Resocialisering og netværksdannelse,
 * Motion og sund levevis, seed 002) plus the job goal and turning up (fremmøde), which
 * seed 000 names as the daily challenge. The band cut-points are ours: the seed gives
 * only the scale and the complement rule.
 */
export const stige = defineProgressionModel({
  id: "stige",
  version: "1.0.0",
  kind: "ladder",
  title: { da: "Stigen 1-10 (den asymmetriske alliance)", en: "The 1-10 ladder (asymmetric alliance)" },
  description: {
    da: "Deltageren vælger på en skala fra 1 til 10, hvor tæt på delmålet de er med egne evner. Mentorens støtte er det tal, der sammen med deltagerens giver 10.",
    en: "The participant chooses on a 1 to 10 scale how close their own abilities bring them to the sub-goal. The mentor's support is the number that makes 10 together with the participant's.",
  },
  source: {
    citation:
      'Cabi. Jobstyrke i Nord (projektperiode 2021–2022), erfaringsopsamling: "Den asymmetriske alliance" (Huset Venture Nordjylland), skala fra 1 til 10.',
  },
  range: { min: 1, max: 10 },
  bands: [
    {
      min: 1,
      max: 3,
      label: { da: "Brug for meget hjælp", en: "Needs a lot of help" },
      meaning: {
        da: "Få egne evner til delmålet endnu; mentoren yder en høj grad af hjælp",
        en: "Few own abilities for the sub-goal yet; the mentor gives a high degree of help",
      },
    },
    {
      min: 4,
      max: 6,
      label: { da: "Brug for noget hjælp", en: "Needs some help" },
      meaning: { da: "Deltager og mentor deler nogenlunde opgaven", en: "Participant and mentor share the task roughly equally" },
    },
    {
      min: 7,
      max: 9,
      label: { da: "Brug for lidt hjælp", en: "Needs a little help" },
      meaning: { da: "Deltageren klarer det meste selv", en: "The participant manages most of it" },
    },
    {
      min: 10,
      max: 10,
      label: { da: "Kan selv", en: "Can do it alone" },
      meaning: { da: "Deltageren kan nå delmålet uden hjælp", en: "The participant can reach the sub-goal without help" },
    },
  ],
  participantScore: "required",
  higherIsBetter: true,
  areas: [
    area(
      "job",
      "Vejen til job",
      "The way to work",
      "Jobmål, praktik, lønnede timer og kendskab til arbejdsmarkedet.",
      "Job goal, work placement, paid hours and knowing the labour market.",
    ),
    area("fremmoede", "Fremmøde", "Turning up", "At møde op til aftalt tid og timetal.", "Turning up at the agreed time and for the agreed hours."),
    area(
      "hverdagsmestring",
      "Hverdagsmestring",
      "Everyday coping",
      "Struktur i hverdagen, søvn, mad, hygiejne og mestringsstrategier.",
      "Daily structure, sleep, food, hygiene and coping strategies.",
    ),
    area(
      "netvaerk",
      "Socialt liv og netværk",
      "Social life and network",
      "Tryghed ved at være sammen med andre, resocialisering og netværksdannelse.",
      "Feeling safe with other people, resocialisation and building a network.",
    ),
    area(
      "sundhed",
      "Motion og sund levevis",
      "Exercise and healthy living",
      "Fysisk aktivitet, kost og de øvrige KRAM-faktorer.",
      "Physical activity, diet and the other lifestyle factors (KRAM).",
    ),
  ],
});
