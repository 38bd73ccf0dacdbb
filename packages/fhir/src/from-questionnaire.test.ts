import { defineInstrument, parseInstrumentDefinition } from "@skridt/instruments";
import { beforeAll, describe, expect, it } from "vitest";
import klQuestionnaire from "../../../tests/fixtures/fhir/kl-who5-questionnaire.json";
import type { Questionnaire } from "./fhir-types";
import { fromQuestionnaire } from "./from-questionnaire";
import { sampleAnswers } from "./sample-answers.test-support";
import { loadR4Validator, r4Problems } from "./testing/r4-validator";
import { toQuestionnaire } from "./to-questionnaire";
import { toQuestionnaireResponse } from "./to-response";

const t = (da: string, en: string) => ({ da, en });

/** Every item type and option Skridt has, so the round trip covers what no built-in uses. */
const everything = defineInstrument({
  id: "alt_i_et",
  version: "2.1.0",
  kind: "questionnaire",
  title: t("Alt i ét", "Everything"),
  introduction: t("Prøv alt.", "Try everything."),
  source: { citation: "Skridt test", url: "https://example.org/kilde" },
  licence: "CC0",
  occasions: ["end"],
  items: [
    {
      id: "job",
      type: "single-choice",
      prompt: t("Har du job?", "Do you have a job?"),
      required: true,
      options: [
        { code: 1, label: t("Ja", "Yes") },
        { code: 0, label: t("Nej", "No") },
      ],
    },
    {
      id: "timer",
      type: "number",
      integer: false,
      min: 0.5,
      max: 37.5,
      unit: t("timer", "hours"),
      prompt: t("Hvor mange timer?", "How many hours?"),
      help: t("Skriv 0, hvis ingen", "Write 0 if none"),
      showIf: { itemId: "job", equals: 1 },
    },
    {
      id: "hvad",
      type: "multiple-choice",
      maxSelections: 2,
      prompt: t("Hvad laver du?", "What do you do?"),
      options: [
        { code: 1, label: t("Kontor", "Office") },
        { code: 2, label: t("Lager", "Warehouse") },
        { code: 3, label: t("Andet", "Other") },
      ],
      showIf: { itemId: "timer", answered: true },
    },
    {
      id: "start",
      type: "date",
      min: "2020-01-01",
      max: "2030-12-31",
      prompt: t("Hvornår startede du?", "When did you start?"),
      stem: t("Om jobbet", "About the job"),
      sourceNote: "egen formulering",
    },
    { id: "om", type: "text", maxLength: 1200, prompt: t("Fortæl", "Tell"), stem: t("Om jobbet", "About the job"), showIf: { itemId: "hvad", in: [1, 3] } },
    { id: "antal", type: "number", min: -2, max: 10, prompt: t("Antal", "Count") },
    { id: "om_antal", type: "text", prompt: t("Hvorfor?", "Why?"), showIf: { itemId: "antal", in: [1, 2] } },
  ],
  scales: [
    {
      id: "job_skala",
      label: t("Job", "Job"),
      items: [{ itemId: "job" }],
      method: "sum",
      missing: { kind: "none" },
      range: { min: 0, max: 1 },
      higherIsBetter: true,
    },
  ],
});

beforeAll(() => loadR4Validator(), 120_000);
describe("FHIR Questionnaire → a programme's own instrument", () => {
  it("round-trips every item type, condition and option Skridt has", async () => {
    const questionnaire = toQuestionnaire(everything);
    expect(await r4Problems(questionnaire)).toEqual([]);
    expect(
      await r4Problems(
        toQuestionnaireResponse({
          id: "a1",
          participant: { id: "p1", code: "K7Q-M3X" },
          instrument: everything,
          mode: "assisted",
          corrected: true,
          occasion: "end",
          submittedAt: new Date(),
          answers: sampleAnswers(everything, () => 0),
        }),
      ),
    ).toEqual([]);
    const imported = fromQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.notes).toEqual([]);
    expect(parseInstrumentDefinition(imported.definition)).toEqual(everything);
  });

  it("imports KL's own WHO-5 Questionnaire (rebuilt from its FSH) with Skridt's validated texts and WHO-5's 0-5 codes", () => {
    const imported = fromQuestionnaire(klQuestionnaire);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const instrument = parseInstrumentDefinition(imported.definition);
    expect(instrument.id).toBe("kltoolscarewho5");
    expect(instrument.version).toBe("1.0.0");
    expect(instrument.items.map((i) => [i.id, i.type])).toEqual([
      ["happy", "single-choice"],
      ["calm", "single-choice"],
      ["active", "single-choice"],
      ["rested", "single-choice"],
      ["interest", "single-choice"],
      ["who5comment", "text"],
    ]);
    const happy = instrument.items[0]!;
    expect(happy.prompt.da).toBe("I de sidste 2 uger har jeg været glad og i godt humør");
    if (happy.type !== "single-choice") throw new Error("choice");
    expect(happy.options.map((o) => [o.code, o.label.da, o.label.en])).toEqual([
      [5, "Hele tiden", "At all times"],
      [4, "Det meste af tiden", "Most of the time"],
      [3, "Lidt mere end halvdelen af tiden", "More than half of the time"],
      [2, "Lidt mindre end halvdelen af tiden", "Less than half of the time"],
      [1, "Lidt af tiden", "Some of the time"],
      [0, "På intet tidspunkt", "At no time"],
    ]);
    // What had to be filled in is said, not hidden.
    expect(imported.notes.map((n) => n.path)).toEqual(expect.arrayContaining(["title", "copyright", "(root)"]));
    expect(imported.notes.map((n) => n.en).join("\n")).toMatch(/no English translation/);
  });

  it("names every unsupported feature and imports nothing", () => {
    const q: Questionnaire = {
      resourceType: "Questionnaire",
      status: "active",
      title: "Ikke understøttet",
      item: [
        { linkId: "a", type: "integer", text: "Alder" },
        { linkId: "b", type: "attachment", text: "Upload" },
        { linkId: "c", type: "string", text: "Hvorfor", enableWhen: [{ question: "a", operator: ">", answerInteger: 30 }] },
        { linkId: "d", type: "group", text: "G", item: [{ linkId: "e", type: "group", item: [{ linkId: "f", type: "string", text: "x" }] }] },
        { linkId: "g", type: "choice", text: "Farve", answerValueSet: "http://example.org/ValueSet/farver" },
        { linkId: "h", type: "display", text: "Bare tekst" },
        { linkId: "i", type: "string", text: "Beregnet", modifierExtension: [{ url: "http://example.org/calc", valueString: "x" }] },
        {
          linkId: "j",
          type: "string",
          text: "Og",
          enableWhen: [
            { question: "a", operator: "exists", answerBoolean: true },
            { question: "c", operator: "exists", answerBoolean: true },
          ],
        },
      ],
    };
    const imported = fromQuestionnaire(q);
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    expect(imported.problems.map((p) => p.path)).toEqual([
      'item[1] ("b").type',
      'item[3] ("d").item[0] ("e")',
      'item[5] ("h")',
      'item[6] ("i").modifierExtension("http://example.org/calc")',
      'item[4] ("g").answerValueSet',
      'item[2] ("c").enableWhen[0].operator',
      'item[7] ("j").enableWhen',
    ]);
    expect(imported.problems[0]!.da).toBe('Spørgsmålstypen "attachment" understøttes ikke');
    expect(imported.problems[0]!.en).toBe('The question type "attachment" is not supported');
  });

  it("turns yes/no into codes 1/0, numbers text codes in order, reads contained value sets and applies a group's condition to its questions", () => {
    const q: Questionnaire = {
      resourceType: "Questionnaire",
      status: "active",
      name: "Mit Skema",
      version: "3",
      contained: [
        {
          resourceType: "ValueSet",
          id: "vs",
          compose: {
            include: [
              {
                system: "http://example.org/cs",
                concept: [
                  { code: "lav", display: "Lav" },
                  { code: "hoej", display: "Høj" },
                ],
              },
            ],
          },
        },
      ],
      item: [
        { linkId: "1.1", type: "boolean", text: "Ryger du?", required: true },
        { linkId: "niveau", type: "choice", text: "Niveau", answerValueSet: "#vs" },
        {
          linkId: "grp",
          type: "group",
          text: "Om rygning",
          enableWhen: [{ question: "1.1", operator: "=", answerBoolean: true }],
          item: [{ linkId: "hvor_meget", type: "choice", text: "Hvor meget?", answerOption: [{ valueString: "Lidt" }, { valueString: "Meget" }] }],
        },
      ],
    };
    const imported = fromQuestionnaire(q);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const instrument = parseInstrumentDefinition(imported.definition);
    expect(instrument.id).toBe("mit_skema");
    expect(instrument.version).toBe("1.0.0");
    const [smoke, level, amount] = instrument.items;
    expect(smoke).toMatchObject({ id: "q1_1", type: "single-choice", required: true, options: [{ code: 1 }, { code: 0 }] });
    expect(level).toMatchObject({
      type: "single-choice",
      options: [
        { code: 1, label: { da: "Lav" } },
        { code: 2, label: { da: "Høj" } },
      ],
    });
    expect(amount).toMatchObject({
      stem: { da: "Om rygning" },
      showIf: { itemId: "q1_1", equals: 1 },
      options: [
        { code: 1, label: { da: "Lidt" } },
        { code: 2, label: { da: "Meget" } },
      ],
    });
    const said = imported.notes.map((n) => n.en).join("\n");
    expect(said).toMatch(/linkId "1.1" became the id "q1_1"/);
    expect(said).toMatch(/yes\/no question became a choice of Ja \(code 1\) and Nej \(code 0\)/);
    expect(said).toMatch(/given the codes 1, 2, 3/);
    expect(said).toMatch(/version "3" is not of the form 1.0.0/);
  });

  it("refuses what is not a Questionnaire", () => {
    expect(fromQuestionnaire({ resourceType: "Patient" })).toMatchObject({ ok: false, problems: [{ path: "resourceType" }] });
    expect(fromQuestionnaire("nope")).toMatchObject({ ok: false });
  });
});
