import { describe, expect, it } from "vitest";
import { pseudonymiseTable } from "./pseudonymise";
import type { RowPrecision } from "./research-access";
import type { Table } from "./table";

// A programme's own questionnaire ("eget") with a date question; baggrund's birth year beside it.
const long: Table = {
  name: "long",
  columns: [
    "respondent_type",
    "participant_code",
    "organisation",
    "occasion",
    "instrument_id",
    "instrument_version",
    "item_id",
    "value",
    "mode",
    "submitted_on",
  ],
  rows: [
    ["participant", "AAR-0001", "Aarhus", "start", "eget", "1.0.0", "foedt_dato", "1984-03-17", "self", "2026-05-27"],
    ["participant", "AAR-0001", "Aarhus", "start", "eget", "1.0.0", "antal", 3, "self", "2026-05-27"],
    ["participant", "AAR-0001", "Aarhus", "start", "baggrund", "1.1.0", "foedselsaar", 1984, "self", "2026-05-27"],
    ["participant", "ODD-0001", "Odder", "start", "eget", "1.0.0", "foedt_dato", "1990-11-02", "self", "2026-06-03"],
    ["participant", "ODD-0001", "Odder", "start", "baggrund", "1.1.0", "foedselsaar", 1990, "self", "2026-06-03"],
  ],
};
const wide: Table = {
  name: "wide",
  columns: ["respondent_type", "participant_code", "organisation", "gender", "age_band", "enrolled_on", "eget_foedt_dato_start", "baggrund_foedselsaar_start"],
  rows: [
    ["participant", "AAR-0001", "Aarhus", "female", "40-49", "2026-05-27", "1984-03-17", 1984],
    ["participant", "ODD-0001", "Odder", "male", "30-39", "2026-06-03", "1990-11-02", 1990],
  ],
};
const coarse: RowPrecision = { exactDates: false, birthYear: false };
const exact: RowPrecision = { exactDates: true, birthYear: true };
const precision = new Map([
  ["Aarhus", coarse],
  ["Odder", exact],
]);
const source = {
  precisionByOrganisation: precision,
  birthYearItems: new Set(["baggrund/foedselsaar"]),
  birthYearColumns: new Set(["baggrund_foedselsaar_start"]),
};
const cells = (table: Table, organisation: string) => table.rows.filter((r) => r[2] === organisation).flat();

describe("a row-level export without exact dates or birth years holds none anywhere (issue 11, item 2)", () => {
  it("long: a date answer becomes its month, the birth-year answer is left out; a grant with both keeps them", () => {
    const out = pseudonymiseTable(long, source);
    const aarhus = cells(out, "Aarhus");
    expect(aarhus).toContain("1984-03");
    expect(aarhus).not.toContain("1984-03-17");
    expect(aarhus).not.toContain(1984);
    expect(aarhus.filter((c) => typeof c === "string" && /^\d{4}-\d{2}-\d{2}/.test(c))).toEqual([]);
    expect(aarhus).toContain(3);
    const odder = cells(out, "Odder");
    expect(odder).toContain("1990-11-02");
    expect(odder).toContain(1990);
  });

  it("wide: the date answer column holds months, the birth-year answer is empty; a grant with both keeps them", () => {
    const out = pseudonymiseTable(wide, source);
    const at = (name: string, organisation: string) => out.rows.find((r) => r[2] === organisation)![out.columns.indexOf(name)];
    expect(at("eget_foedt_dato_start", "Aarhus")).toBe("1984-03");
    expect(at("enrolled_on", "Aarhus")).toBe("2026-05");
    expect(at("baggrund_foedselsaar_start", "Aarhus")).toBeNull();
    expect(at("eget_foedt_dato_start", "Odder")).toBe("1990-11-02");
    expect(at("baggrund_foedselsaar_start", "Odder")).toBe(1990);
  });
});
