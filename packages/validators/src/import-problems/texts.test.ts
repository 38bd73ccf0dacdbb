import { describe, expect, it } from "vitest";
import { IMPORT_PROBLEM_TEXTS, problemParams, renderProblem } from "./texts";
import { IMPORT_PROBLEM_CODES, problemOf } from "./codes";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("import problem texts", () => {
  it("has a Danish and an English text for every code, with the same placeholders", () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const da = IMPORT_PROBLEM_TEXTS.da[code];
      const en = IMPORT_PROBLEM_TEXTS.en[code];
      expect(da, code).toBeTruthy();
      expect(en, code).toBeTruthy();
      expect(placeholders(da), code).toEqual(placeholders(en));
    }
    expect(Object.keys(IMPORT_PROBLEM_TEXTS.da).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
  });

  it("says ranges, occasions and JSON types in the reader's language", () => {
    const range = problemOf(4, "Antal timer", "number_out_of_range", { value: "60", min: 0, max: 52 });
    expect(renderProblem(range, "da")).toBe("60 er uden for det tilladte: mellem 0 og 52.");
    expect(renderProblem(range, "en")).toBe("60 is outside what is allowed: between 0 and 52.");
    const duplicate = problemOf(12, "Deltagerkode", "duplicate_row", { value: "SX-101", occasion: "followup", otherRow: 3 });
    expect(renderProblem(duplicate, "da")).toBe(
      "Deltageren »SX-101« står også i række 3 ved tidspunktet opfølgning. Hver deltager kan kun have én besvarelse pr. tidspunkt.",
    );
    expect(problemParams(problemOf(0, null, "mapping_field_type", { field: "sheet", expectedType: "string" }), "da")).toEqual({
      field: "sheet",
      expectedType: "en tekst i anførselstegn",
    });
  });

  it("shortens a long question text rather than flooding the table", () => {
    const question = {
      da: "I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig, og det har jeg tænkt meget over",
      en: "Over the last 2 weeks my daily life has been filled with things that interest me",
    };
    const text = renderProblem(problemOf(5, null, "answer_required", { item: "who5_5", question }), "da");
    expect(text).toMatch(/^Svaret på »I de sidste 2 uger .{40,80}…« mangler, og spørgsmålet skal besvares\.$/);
  });

  it("leaves no placeholder unfilled when a problem carries its parameters", () => {
    const samples = [
      problemOf(0, null, "file_type", { value: "svar.xls" }),
      problemOf(0, null, "csv_broken", { line: 14, detail: "Invalid Closing Quote" }),
      problemOf(7, "Måling", "occasion_unknown", { value: "Midtvejs", expected: ["Opstart", "Afslutning"] }),
      problemOf(3, "Dato", "date_invalid", { value: "31/02/2024" }),
    ];
    for (const p of samples) for (const lang of ["da", "en"] as const) expect(renderProblem(p, lang)).not.toMatch(/\{\{|\}\}/);
    expect(renderProblem(samples[2]!, "da")).toBe("»Midtvejs« er ikke et af tidspunkterne i mappingfilen. Forventet: »Opstart«, »Afslutning«.");
  });
});
