import { defineInstrument } from "../define";
import { degree, opt, SEED_CITATION } from "./options";

/*
 * A short feedback form for volunteer mentors. The seed sent "nogle få skemaer" to its
 * volunteer mentors but does not print them; it reports what they did with the
 * participants (small talk, getting out of the door, someone to share thoughts and
 * worries with, walks and exercise), that they felt they had moved the participants'
 * social skills, and that they asked for more contact with the programme and knowledge
 * of the mentor role. The questions below are ADDED, built from those findings, and are
 * marked so with sourceNote. Codes: higher = more often / higher degree.
 */
const ADDED = "ADDED: the seed's volunteer-mentor form is not printed; wording built from the seed's findings about the volunteer mentors.";

export const frivilligMentor = defineInstrument({
  id: "frivillig-mentor",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Frivillig mentor", en: "Volunteer mentor" },
  introduction: {
    da: "Tak fordi du har været frivillig mentor. Her er nogle få spørgsmål om, hvordan forløbet har været for dig. Det tager 2-3 minutter.",
    en: "Thank you for being a volunteer mentor. Here are a few questions about how it has gone for you. It takes 2-3 minutes.",
  },
  source: { citation: `${SEED_CITATION}, afsnittet "Frivillige mentorer"` },
  licence: "Questions written for Skridt from a programme's public evaluation report; free to reuse.",
  occasions: ["end", "followup"],
  items: [
    {
      id: "kontakt_hyppighed",
      type: "single-choice",
      required: true,
      prompt: { da: "Hvor ofte har du været sammen med eller i kontakt med deltageren?", en: "How often have you met or been in touch with the participant?" },
      options: [
        opt(5, "Flere gange om ugen", "Several times a week"),
        opt(4, "Cirka én gang om ugen", "About once a week"),
        opt(3, "Hver anden uge", "Every other week"),
        opt(2, "Cirka én gang om måneden", "About once a month"),
        opt(1, "Sjældnere", "Less often"),
      ],
      sourceNote: ADDED,
    },
    {
      id: "aktiviteter",
      type: "multiple-choice",
      required: true,
      prompt: { da: "Hvad har I lavet sammen?", en: "What have you done together?" },
      help: { da: "Du kan vælge flere svar.", en: "You can choose more than one answer." },
      options: [
        opt(1, "Snakket og øvet small talk", "Talked and practised small talk"),
        opt(2, "Været ude af døren, fx en tur i byen eller på café", "Got out of the door, e.g. into town or to a café"),
        opt(3, "Gået ture eller trænet", "Gone for walks or exercised"),
        opt(4, "Vendt tanker og bekymringer", "Talked through thoughts and worries"),
        opt(5, "Andet", "Something else"),
      ],
      sourceNote: `${ADDED} Options 1-4 are the reasons the seed gives for matching participants with a volunteer mentor.`,
    },
    {
      id: "aktiviteter_andet",
      type: "text",
      maxLength: 500,
      showIf: { itemId: "aktiviteter", equals: 5 },
      prompt: { da: "Hvad andet har I lavet sammen?", en: "What else have you done together?" },
      sourceNote: ADDED,
    },
    {
      id: "sociale_faerdigheder",
      type: "single-choice",
      required: true,
      prompt: {
        da: "I hvilken grad oplever du, at du har været med til at flytte deltageren i forhold til sociale færdigheder?",
        en: "To what degree do you feel you have helped the participant move forward in social skills?",
      },
      options: degree(),
      sourceNote: `${ADDED} The seed: "De frivillige mentorer har næsten samstemmende meldt tilbage, at de har oplevet, at de har været med til at flytte borgeren i forhold til deres sociale færdigheder."`,
    },
    {
      id: "stoette_behov",
      type: "single-choice",
      required: true,
      prompt: {
        da: "I hvilken grad har du haft brug for mere støtte fra projektet i din rolle som frivillig mentor?",
        en: "To what degree have you needed more support from the programme in your role as a volunteer mentor?",
      },
      options: degree(),
      sourceNote: `${ADDED} The seed: volunteer mentors "efterlyser ... kontakt med projektet og viden om mentor rollen".`,
    },
    {
      id: "stoette_hvad",
      type: "multiple-choice",
      showIf: { itemId: "stoette_behov", in: [5, 4, 3, 2] },
      prompt: { da: "Hvilken støtte kunne du bruge?", en: "What kind of support could you use?" },
      help: { da: "Du kan vælge flere svar.", en: "You can choose more than one answer." },
      options: [
        opt(1, "Mere kontakt med projektet, fx over telefonen", "More contact with the programme, e.g. by phone"),
        opt(2, "Mere viden om rollen som mentor", "More knowledge about the mentor role"),
        opt(3, "Møder med andre frivillige mentorer", "Meetings with other volunteer mentors"),
        opt(4, "Sparring om konkrete situationer", "Talking through specific situations"),
      ],
      sourceNote: `${ADDED} The seed offered network meetings and sparring, and mentors asked for contact by phone.`,
    },
    {
      id: "bemaerkninger",
      type: "text",
      maxLength: 2000,
      prompt: { da: "Har du andre bemærkninger?", en: "Do you have any other comments?" },
      sourceNote: ADDED,
    },
  ],
});
