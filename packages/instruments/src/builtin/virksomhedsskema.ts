import { defineInstrument } from "../define";
import { degree, SEED_CITATION, SEED_LICENCE } from "./options";

/*
 * The seed's end-of-programme questionnaire for workplaces that took a participant in a
 * work placement or flex job ("Virksomhederne har udfyldt spørgeskemaet ved projektets
 * afslutning ... fra arbejdsgivers perspektiv", n = 24). The three questions and their
 * five options are printed in the seed report; codes follow options.ts (5 = I meget høj
 * grad ... 1 = Slet ikke). No scales: the seed reports them question by question.
 * Answered by the workplace's contact person through a personal link, never by the
 * participant; the participant is at most named by a first name the mentor chose.
 */
export const virksomhedsskema = defineInstrument({
  id: "virksomhedsskema",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Virksomhedsskema", en: "Questionnaire for workplaces" },
  introduction: {
    da: "Tak fordi I har haft en medarbejder i praktik eller fleksjob gennem projektet. Vi vil gerne høre, hvad samarbejdet har betydet for jer som arbejdsplads. Det tager 2-3 minutter.",
    en: "Thank you for taking on an employee in a work placement or flex job through the programme. We would like to hear what the collaboration has meant to you as a workplace. It takes 2-3 minutes.",
  },
  source: { citation: `${SEED_CITATION}, slutevaluering, virksomheder` },
  licence: SEED_LICENCE,
  occasions: ["end"],
  items: [
    {
      id: "interesse_ansaette",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Har I fået større interesse i at ansætte andre fleksjobgodkendte personer med psykisk sygdom/sårbarhed efter at have deltaget i projektet?",
        en: "Have you become more interested in hiring other people approved for flex jobs who have a mental illness or vulnerability, after taking part in the programme?",
      },
      options: degree(),
    },
    {
      id: "kontakt_fastholdelse",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Har projektet haft en positiv indflydelse på den kontakt, der har været mellem arbejdspladsen og jobcenter/projektmedarbejder i forhold til at fastholde en medarbejder med psykisk sygdom/sårbarhed i fleksjob?",
        en: "Has the programme had a positive influence on the contact between the workplace and the job centre/programme worker in keeping an employee with a mental illness or vulnerability in a flex job?",
      },
      options: degree(),
    },
    {
      id: "indsigt",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Oplever I, at projektet har været med til at give jer den indsigt, I har brug for i forhold til at have en medarbejder med psykisk sygdom/sårbarhed i praktik/fleksjob – samt i forhold til at fastholde medarbejderen?",
        en: "Do you feel that the programme has helped give you the insight you need to have an employee with a mental illness or vulnerability in a work placement or flex job – and to keep the employee?",
      },
      options: degree(),
    },
    {
      id: "bemaerkninger",
      type: "text",
      maxLength: 2000,
      prompt: { da: "Har I andre bemærkninger?", en: "Do you have any other comments?" },
      sourceNote:
        "ADDED wording: the seed quotes 'Bemærkning fra slutevaluering, virksomheder', so the form had a comments field, but its wording is not in the seed.",
    },
  ],
});
