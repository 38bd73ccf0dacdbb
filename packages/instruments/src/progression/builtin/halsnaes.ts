import { defineProgressionModel } from "../define";

const area = (id: string, da: string, en: string, descDa: string, descEn: string) => ({
  id,
  label: { da, en },
  description: { da: descDa, en: descEn },
});

/**
 * Halsnæs Kommune's mentor progression measurement ("Arbejdsfællesskaber med
 * fremtidsperspektiv", KL 2014). Goals are spread over main areas (hovedområder); the
 * mentor periodically scores progress on each area relative to the start, and an
 * overview report with a spider web ("spindelvæv") is drawn from the scores.
 *
 * Band wording is the seed's ("tilbagegang ift. start", "status quo", "fremgang ift.
 * start", "målet er nået"). The seed lost the minus sign ("5 til -1 = tilbagegang"); it
 * can only be -5..-1, since 0..5 are taken. The seed names the areas "Social", "Sundhed"
 * and "Beskæftigelse" with example activities; the other three areas are the ones the
 * programme's issue asks for.
 */
export const halsnaes = defineProgressionModel({
  id: "halsnaes",
  version: "1.0.0",
  kind: "relative",
  title: { da: "Progression i forhold til start (Halsnæs-modellen)", en: "Progress relative to the start (Halsnæs model)" },
  description: {
    da: "Mentoren vurderer med jævne mellemrum fremskridtet på hvert hovedområde i forhold til start: fra -5 (tilbagegang) over 0 (status quo) til 5 (målet er nået).",
    en: "The mentor periodically scores progress on each main area relative to the start: from -5 (setback) through 0 (status quo) to 5 (goal reached).",
  },
  source: {
    citation:
      "KL (2014). Ind på arbejdsmarkedet – En casesamling. Halsnæs: Arbejdsfællesskaber med fremtidsperspektiv (progressionsmåling på hovedområder, -5 til 5).",
  },
  range: { min: -5, max: 5 },
  bands: [
    {
      min: -5,
      max: -1,
      label: { da: "Tilbagegang", en: "Setback" },
      meaning: { da: "Tilbagegang i forhold til start", en: "Worse than at the start" },
    },
    { min: 0, max: 0, label: { da: "Status quo", en: "Status quo" }, meaning: { da: "Som ved start", en: "As at the start" } },
    {
      min: 1,
      max: 4,
      label: { da: "Fremgang", en: "Progress" },
      meaning: { da: "Fremgang i forhold til start", en: "Better than at the start" },
    },
    {
      min: 5,
      max: 5,
      label: { da: "Målet er nået", en: "Goal reached" },
      meaning: { da: "Målet for området er nået", en: "The goal for this area has been reached" },
    },
  ],
  participantScore: "optional",
  higherIsBetter: true,
  areas: [
    area(
      "beskaeftigelse",
      "Beskæftigelse",
      "Employment",
      "Vejen mod job: praktik, lønnede timer, arbejdsmarkedskendskab (fx afprøve praktik som kok).",
      "The way to work: work placement, paid hours, knowing the labour market (e.g. trying a placement as a cook).",
    ),
    area(
      "uddannelse",
      "Uddannelse",
      "Education",
      "Afklaring af, start på og gennemførelse af uddannelse eller kurser.",
      "Clarifying, starting and completing education or courses.",
    ),
    area(
      "sundhed",
      "Sundhed",
      "Health",
      "Fysisk og psykisk helbred, behandling og misbrug (fx håndtering af misbrug).",
      "Physical and mental health, treatment and substance use (e.g. handling substance use).",
    ),
    area(
      "socialt-netvaerk",
      "Socialt/netværk",
      "Social life/network",
      "Relationer, netværk og social identitet (fx netværk uden for bandemiljøet).",
      "Relationships, network and social identity (e.g. a network outside gang circles).",
    ),
    area(
      "bolig-oekonomi",
      "Bolig og økonomi",
      "Housing and finances",
      "Stabil bolig, styr på økonomi, gæld og post fra det offentlige.",
      "Stable housing, managing money, debt and official mail.",
    ),
    area(
      "hverdagsmestring",
      "Hverdagsmestring",
      "Everyday coping",
      "Struktur i hverdagen, døgnrytme, mødestabilitet og praktiske gøremål.",
      "Daily structure, sleep rhythm, turning up reliably and practical tasks.",
    ),
  ],
});
