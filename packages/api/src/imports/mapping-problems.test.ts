import { describe, expect, it } from "vitest";
import { parseMapping, parseMappingText } from "./mapping-problems";
import { renderProblem } from "@skridt/validators";

const valid = { instrumentId: "who5", occasion: "start", participantCodeColumn: "Deltagerkode", columns: { Glad: { itemId: "who5_1" } } };

describe("parseMapping", () => {
  it("accepts a valid mapping, defaults filled in", () => {
    expect(parseMapping(valid)).toEqual({ ok: true, mapping: { ...valid, allowMissing: false } });
  });

  it("names each wrong field: a missing one, an unknown one, a wrong value with the allowed ones, no columns", () => {
    const result = parseMapping({ instrumentId: "who5", occasion: "afslutning", participantCode: "Deltagerkode", columns: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { row: 0, column: null, code: "mapping_field_value", params: { field: "occasion", value: "afslutning", expected: ["start", "end", "followup"] } },
      { row: 0, column: null, code: "mapping_field_missing", params: { field: "participantCodeColumn" } },
      { row: 0, column: null, code: "mapping_no_columns", params: {} },
      { row: 0, column: null, code: "mapping_field_unknown", params: { field: "participantCode" } },
    ]);
    expect(result.problems.map((p) => renderProblem(p, "da"))).toEqual([
      "Feltet »occasion« i mappingfilen kan ikke være »afslutning«. Brug en af disse: »start«, »end«, »followup«.",
      "Feltet »participantCodeColumn« mangler i mappingfilen.",
      "Mappingfilen skal knytte mindst én kolonne til et spørgsmål under »columns«.",
      "Mappingfilen har feltet »participantCode«, som Skridt ikke kender. Tjek stavningen.",
    ]);
  });

  it("reports a column's mapping of the wrong shape once, by the column, and wrong JSON types by name", () => {
    const result = parseMapping({
      ...valid,
      allowMissing: "ja",
      participantCodeColumn: " ",
      columns: { Glad: { itemId: "who5_1", code: 1.5 }, Rolig: { item: "who5_2" } },
    });
    if (result.ok) throw new Error("accepted");
    expect(result.problems).toEqual([
      { row: 0, column: null, code: "mapping_field_empty", params: { field: "participantCodeColumn" } },
      { row: 0, column: null, code: "mapping_field_type", params: { field: "allowMissing", expectedType: "boolean" } },
      { row: 0, column: "Glad", code: "mapping_column_invalid", params: { column: "Glad" } },
      { row: 0, column: "Rolig", code: "mapping_column_invalid", params: { column: "Rolig" } },
    ]);
    expect(renderProblem(result.problems[1]!, "da")).toBe("Feltet »allowMissing« i mappingfilen skal være true eller false.");
    expect(renderProblem(result.problems[1]!, "en")).toBe("The field “allowMissing” in the mapping file must be true or false.");
  });

  it("asks for exactly one of occasion and occasionColumn", () => {
    const result = parseMapping({ ...valid, occasionColumn: { column: "Måling", values: { Opstart: "start" } } });
    expect(result).toEqual({ ok: false, problems: [{ row: 0, column: null, code: "mapping_occasion_choice", params: {} }] });
  });

  it("refuses text that is not JSON, and JSON that is not an object", () => {
    const broken = parseMappingText("{ instrumentId: who5 }");
    expect(broken).toMatchObject({ ok: false, problems: [{ row: 0, code: "mapping_not_json", params: { detail: expect.any(String) } }] });
    expect(parseMapping([valid])).toEqual({ ok: false, problems: [{ row: 0, column: null, code: "mapping_not_object", params: {} }] });
    expect(parseMappingText(JSON.stringify(valid)).ok).toBe(true);
  });

  it("reads the kind first: each kind its own fields, an unknown kind named with the kinds there are", () => {
    expect(parseMapping({ ...valid, kind: "answers" }).ok).toBe(true);
    expect(parseMapping({ kind: "statuses", participantCodeColumn: "Kode", dateColumn: "Dato", statusColumn: "Status" })).toMatchObject({ ok: true });
    expect(parseMapping({ kind: "status", participantCodeColumn: "Kode" })).toEqual({
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          code: "mapping_field_value",
          params: { field: "kind", value: "status", expected: ["answers", "enrolment", "statuses", "contacts"] },
        },
      ],
    });
    // An answers field in an enrolment mapping is unknown there; a missing required one is named.
    const enrolment = parseMapping({ kind: "enrolment", participantCodeColumn: "Kode", columns: {} });
    expect(enrolment.ok ? [] : enrolment.problems.map((p) => [p.code, p.params.field])).toEqual([
      ["mapping_field_missing", "enrolledOnColumn"],
      ["mapping_field_unknown", "columns"],
    ]);
    // Contacts need one kind for every row or a column with it.
    const contacts = parseMapping({ kind: "contacts", dateColumn: "Dato" });
    expect(contacts.ok ? [] : contacts.problems.map((p) => p.code)).toEqual(["mapping_kind_needs"]);
  });
});
