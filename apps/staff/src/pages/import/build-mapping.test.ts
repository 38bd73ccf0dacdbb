import { describe, expect, it } from "vitest";
import { answersFor, automaticCode, buildMapping, emptyChoices, likelyColumn, type TPreviewInstrument } from "./build-mapping";

const options = [
  { code: 3, label: { da: "Lidt mere end halvdelen af tiden", en: "More than half of the time" } },
  { code: 2, label: { da: "Lidt mindre end halvdelen af tiden", en: "Less than half of the time" } },
];
const instrument: TPreviewInstrument = {
  id: "who5",
  respondent: "participant",
  version: "1.0.0",
  title: { da: "WHO-5", en: "WHO-5" },
  occasions: ["start", "end", "followup"],
  items: [
    { id: "who5_1", type: "single-choice", prompt: { da: "glad", en: "cheerful" }, options },
    { id: "note", type: "text", prompt: { da: "Kommentar", en: "Comment" }, options: [] },
  ],
};
const item = instrument.items[0]!;

describe("automaticCode", () => {
  it("finds an option by its Danish or English label in any case and spacing, or by its code", () => {
    expect(automaticCode(item, "LIDT MERE END  HALVDELEN AF TIDEN ")).toBe(3);
    expect(automaticCode(item, "less than half of the time")).toBe(2);
    expect(automaticCode(item, "3")).toBe(3);
    expect(automaticCode(item, "7")).toBeUndefined();
    expect(automaticCode(item, "Mere end halvdelen af tiden")).toBeUndefined();
  });
});

describe("answersFor and likelyColumn", () => {
  it("prefills the texts the importer matches and leaves the others unchosen", () => {
    expect(answersFor(item, { name: "Q1", values: ["Lidt mere end halvdelen af tiden", "Mere end halvdelen af tiden"], more: false })).toEqual({
      "Lidt mere end halvdelen af tiden": 3,
      "Mere end halvdelen af tiden": "",
    });
    expect(answersFor(instrument.items[1]!, { name: "K", values: ["hej"], more: false })).toEqual({});
  });
  it("suggests a column headed by the item's id or question", () => {
    const columns = [
      { name: "Deltager", values: [], more: false },
      { name: "WHO5_1", values: [], more: false },
    ];
    expect(likelyColumn(item, columns)).toBe("WHO5_1");
    expect(likelyColumn(instrument.items[1]!, columns)).toBe("");
  });
});

describe("buildMapping", () => {
  const base = {
    ...emptyChoices(),
    instrumentId: "who5",
    participantCodeColumn: "Deltagerkode",
    items: {
      who5_1: {
        column: "Q1",
        answers: { "Lidt mere end halvdelen af tiden": 3, "Mere end halvdelen af tiden": 3, "Mindre end halvdelen af tiden": 2, Ukendt: "" as const },
      },
    },
  };

  it("is null until questionnaire, occasion, code column and one question's column are chosen", () => {
    expect(buildMapping(base, undefined)).toBeNull();
    expect(buildMapping(base, instrument)).toBeNull();
    expect(buildMapping({ ...base, occasion: "start", participantCodeColumn: "" }, instrument)).toBeNull();
    expect(buildMapping({ ...base, occasion: "start", items: {} }, instrument)).toBeNull();
    expect(buildMapping({ ...base, occasionMode: "column" }, instrument)).toBeNull();
  });

  it("writes what a hand-written mapping file holds: only the texts the importer would not match itself", () => {
    expect(buildMapping({ ...base, occasion: "start" }, instrument)).toEqual({
      instrumentId: "who5",
      instrumentVersion: "1.0.0",
      occasion: "start",
      participantCodeColumn: "Deltagerkode",
      columns: { Q1: { itemId: "who5_1", values: { "Mere end halvdelen af tiden": 3, "Mindre end halvdelen af tiden": 2 } } },
    });
  });

  it("lists answer texts in the order of the answer scale and occasion texts start, end, follow-up, whatever the file's order", () => {
    const choices = {
      ...base,
      occasionMode: "column" as const,
      occasionColumn: "Måling",
      occasionValues: { Opfølgning: "followup" as const, Afslutning: "end" as const, Opstart: "start" as const },
      items: { who5_1: { column: "Q1", answers: { "Mindre end halvdelen af tiden": 2, "Mere end halvdelen af tiden": 3 } } },
    };
    const mapping = buildMapping(choices, instrument);
    expect(Object.keys(mapping?.occasionColumn?.values ?? {})).toEqual(["Opstart", "Afslutning", "Opfølgning"]);
    const column = mapping?.columns.Q1;
    expect(column && "values" in column ? Object.keys(column.values ?? {}) : []).toEqual(["Mere end halvdelen af tiden", "Mindre end halvdelen af tiden"]);
  });

  it("leaves values out when every text matches by itself, and writes the optional parts only when chosen", () => {
    const choices = {
      ...base,
      occasionMode: "column" as const,
      occasionColumn: "Måling",
      occasionValues: { Opstart: "start" as const, Afslutning: "end" as const, Andet: "" as const },
      submittedAtColumn: "Dato",
      createParticipants: true,
      enrolledOnColumn: "Startdato",
      allowMissing: true,
      items: { who5_1: { column: "Q1", answers: { "3": 3 } }, note: { column: "Kommentar", answers: {} } },
    };
    expect(buildMapping(choices, instrument)).toEqual({
      instrumentId: "who5",
      instrumentVersion: "1.0.0",
      occasionColumn: { column: "Måling", values: { Opstart: "start", Afslutning: "end" } },
      participantCodeColumn: "Deltagerkode",
      createParticipants: { enrolledOnColumn: "Startdato" },
      submittedAtColumn: "Dato",
      allowMissing: true,
      columns: { Q1: { itemId: "who5_1" }, Kommentar: { itemId: "note" } },
    });
    // In the order a person writes the file (toEqual would not see it; the downloaded file does).
    expect(Object.keys(buildMapping(choices, instrument, "Ark1") ?? {})).toEqual([
      "instrumentId",
      "instrumentVersion",
      "occasionColumn",
      "participantCodeColumn",
      "createParticipants",
      "submittedAtColumn",
      "sheet",
      "allowMissing",
      "columns",
    ]);
    expect(buildMapping({ ...choices, enrolledOnColumn: "" }, instrument)?.createParticipants).toEqual({});
    // An Excel file's sheet is named in the mapping.
    expect(buildMapping(choices, instrument, "Opfølgning")?.sheet).toBe("Opfølgning");
  });

  it("keys an employers' questionnaire by the company column, the participant code optional; marks incomplete rows", () => {
    const employers: TPreviewInstrument = { ...instrument, id: "virksomhedsskema", respondent: "company", occasions: ["end"] };
    const choices = { ...base, instrumentId: "virksomhedsskema", occasion: "end" as const, participantCodeColumn: "", createParticipants: true };
    expect(buildMapping(choices, employers)).toBeNull();
    expect(
      buildMapping(
        { ...choices, respondentColumn: "Virksomhed", createRespondents: true, incompleteColumn: "Status", incompleteValues: ["Delvist"] },
        employers,
      ),
    ).toEqual({
      instrumentId: "virksomhedsskema",
      instrumentVersion: "1.0.0",
      companyColumn: "Virksomhed",
      createRespondents: true,
      incompleteColumn: { column: "Status", values: ["Delvist"] },
      occasion: "end",
      columns: { Q1: { itemId: "who5_1", values: { "Mere end halvdelen af tiden": 3, "Mindre end halvdelen af tiden": 2 } } },
    });
  });
});
