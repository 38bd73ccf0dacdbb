import { builtinInstrumentVersions, parseInstrumentDefinition, scoreInstrument, who5, type TInstrument } from "@skridt/instruments";
import { beforeAll, describe, expect, it } from "vitest";
import hverdagsmestring from "../../instruments/src/examples/hverdagsmestring.json";
import type { Observation } from "./fhir-types";
import { fromQuestionnaire } from "./from-questionnaire";
import { FINDING_INFORMER, SNOMED } from "./kl-ffinst";
import { klWho5QuestionnaireProblems, klWho5ResponseProblems } from "./testing/kl-profile";
import { sampleAnswers } from "./sample-answers.test-support";
import { loadR4Validator, r4Problems } from "./testing/r4-validator";
import { toObservations } from "./to-observation";
import { klWho5Questionnaire, toQuestionnaire } from "./to-questionnaire";
import { findingInformerFor, toPatient, toQuestionnaireResponse, type TSubmittedAssessment } from "./to-response";

const own = parseInstrumentDefinition(hverdagsmestring);
const instruments: TInstrument[] = [...builtinInstrumentVersions, own];

function assessment(instrument: TInstrument, answers: Record<string, unknown>, mode: TSubmittedAssessment["mode"] = "self"): TSubmittedAssessment {
  return {
    id: "cm0assessment000000000001",
    participant: { id: "cm0participant00000000001", code: "K7Q-M3X" },
    instrument,
    mode,
    corrected: false,
    occasion: "start",
    submittedAt: new Date("2026-02-03T10:15:00Z"),
    answers,
  };
}

beforeAll(() => loadR4Validator(), 120_000);
describe("every instrument as a valid R4 Questionnaire", () => {
  it.each(instruments.map((i) => [`${i.id} ${i.version}`, i] as const))("%s", async (_name, instrument) => {
    const questionnaire = toQuestionnaire(instrument);
    expect(await r4Problems(questionnaire)).toEqual([]);
    if (instrument.id !== "who5") expect(questionnaire.url).toBe(`https://skridt.dk/fhir/Questionnaire/${instrument.id}`);
  });

  it("the validator does catch broken resources (so an empty list means something)", async () => {
    const broken = { ...toQuestionnaire(own), status: "finished" };
    expect((await r4Problems(broken as never)).join()).toMatch(/status/);
    const twoAnswerSources = klWho5Questionnaire();
    twoAnswerSources.item![0]!.answerOption = [{ valueCoding: { code: "1" } }];
    expect((await r4Problems(twoAnswerSources)).join()).toMatch(/que-4/);
    expect((await r4Problems({ resourceType: "Observation", status: "final", code: { text: "x" }, valueQuantity: { value: "7" } } as never)).length).toBe(1);
  });
});

describe("round trip: export then import gives the same definition", () => {
  // WHO-5 is exported as KL's Questionnaire exactly, without Skridt's additions (easy-read help), so it does not round-trip.
  it.each(instruments.filter((i) => i.id !== "who5").map((i) => [`${i.id} ${i.version}`, i] as const))("%s", (_name, instrument) => {
    const imported = fromQuestionnaire(JSON.parse(JSON.stringify(toQuestionnaire(instrument))));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.notes).toEqual([]);
    expect(parseInstrumentDefinition(imported.definition)).toEqual(instrument);
  });

  it("carries help, easy-read help and recorded audio (item and answer) together, as valid R4", async () => {
    const [first, ...rest] = own.items;
    if (first?.type !== "single-choice") throw new Error("the example's first item is single choice");
    const audio = (name: string) => ({ da: `/audio/${name}-da.mp3`, en: `/audio/${name}-en.mp3` });
    const instrument: TInstrument = {
      ...own,
      items: [
        {
          ...first,
          help: { da: "Hjælp", en: "Help" },
          easyRead: { da: "Let at læse", en: "Easy read" },
          audio: audio("q1"),
          options: first.options.map((o, i) => (i === 0 ? { ...o, audio: audio("q1-a1") } : o)),
        },
        ...rest,
      ],
    };
    const questionnaire = toQuestionnaire(instrument);
    expect(await r4Problems(questionnaire)).toEqual([]);
    const imported = fromQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.notes).toEqual([]);
    expect(parseInstrumentDefinition(imported.definition)).toEqual(instrument);
  });

  it("leaves WHO-5's easy-read help out of KL's Questionnaire", () => {
    expect(who5.items.every((i) => i.easyRead)).toBe(true);
    expect(JSON.stringify(toQuestionnaire(who5))).not.toContain(who5.items[0]!.easyRead!.da);
  });
});

describe("submitted answers as QuestionnaireResponse and Observations", () => {
  it.each(instruments.map((i) => [`${i.id} ${i.version}`, i] as const))("%s: valid R4, scores derived from the response", async (_name, instrument) => {
    const answers = sampleAnswers(instrument);
    const a = assessment(instrument, answers);
    const response = toQuestionnaireResponse(a);
    expect(await r4Problems(response)).toEqual([]);
    expect(response.item?.length).toBeGreaterThan(0);
    const observations = toObservations(a);
    const scored = scoreInstrument(instrument, answers).filter((s) => s.value !== null);
    expect(observations.map((o) => o.valueQuantity?.value)).toEqual(scored.map((s) => s.value));
    for (const observation of observations) {
      expect(await r4Problems(observation)).toEqual([]);
      expect(observation.derivedFrom).toEqual([{ reference: `QuestionnaireResponse/${response.id}` }]);
    }
    expect(await r4Problems(toPatient(a.participant))).toEqual([]);
  });

  it("WHO-5 follows KL's response profile: findingInformer, KL's answer codes, the questionnaire's canonical URL", () => {
    const answers = { who5_1: 5, who5_2: 3, who5_3: 5, who5_4: 5, who5_5: 0 };
    const response = toQuestionnaireResponse(assessment(who5, answers));
    expect(klWho5ResponseProblems(response)).toEqual([]);
    expect(klWho5QuestionnaireProblems(toQuestionnaire(who5))).toEqual([]);
    expect(response.item!.map((i) => [i.linkId, i.answer![0]!.valueCoding!.display])).toEqual([
      ["happy", "WHO-5 Hele tiden - 5 (glad)"],
      ["calm", "WHO-5 Lidt mere end halvdelen af tiden - 3 (rolig)"],
      ["active", "WHO-5 Hele tiden - 5 (aktiv)"],
      ["rested", "WHO-5 Hele tiden - 5 (frisk)"],
      ["interest", "WHO-5 På intet tidspunkt - 0 (interesseret)"],
    ]);
  });

  it("WHO-5's score is the Observation KL recommends: SNOMED CT 1144665009, the index as a quantity, derived from the response", () => {
    const [observation, ...rest] = toObservations(assessment(who5, { who5_1: 5, who5_2: 3, who5_3: 5, who5_4: 5, who5_5: 0 })) as [Observation];
    expect(rest).toEqual([]);
    expect(observation.code.coding![0]).toEqual({ system: SNOMED, code: "1144665009" });
    expect(observation.valueQuantity?.value).toBe(72);
  });

  it("derives findingInformer from how the questionnaire was filled in", () => {
    expect(findingInformerFor("self")).toBe(FINDING_INFORMER.citizen);
    expect(findingInformerFor("paper")).toBe(FINDING_INFORMER.citizen);
    expect(findingInformerFor("assisted")).toBe(FINDING_INFORMER.citizenWithStaff);
    expect(findingInformerFor("phone")).toBe(FINDING_INFORMER.citizenWithStaff);
    const phone = toQuestionnaireResponse(assessment(who5, { who5_1: 1 }, "phone"));
    expect(phone.extension![0]!.valueCodeableConcept!.coding![0]!.code).toBe(FINDING_INFORMER.citizenWithStaff.code);
    expect(phone.source).toBeUndefined();
  });

  it("nests answers under the same groups as the Questionnaire and leaves hidden items out", () => {
    const withStem = instruments.find((i) => i.id !== "who5" && i.items.some((item) => item.stem))!;
    const questionnaire = toQuestionnaire(withStem);
    const response = toQuestionnaireResponse(assessment(withStem, sampleAnswers(withStem)));
    const linkIds = (items: { linkId: string; item?: unknown[] }[] | undefined): string[] =>
      (items ?? []).flatMap((i) => [i.linkId, ...linkIds(i.item as never)]);
    for (const id of linkIds(response.item as never)) expect(linkIds(questionnaire.item as never)).toContain(id);
  });
});
