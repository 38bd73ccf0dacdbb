import { describe, expect, it } from "vitest";
import { automaticHistoryCode, buildHistoryMapping, codesFor, emptyHistoryChoices } from "./build-history-mapping";

describe("automaticHistoryCode", () => {
  it("finds a code by itself, its Danish or English name, or a gender's letter", () => {
    expect(automaticHistoryCode("statusColumn", "virksomhedspraktik")).toBe("internship");
    expect(automaticHistoryCode("statusColumn", "Flex job")).toBe("flexjob");
    expect(automaticHistoryCode("statusColumn", "Praktik")).toBeUndefined();
    expect(automaticHistoryCode("genderColumn", "K")).toBe("female");
    expect(automaticHistoryCode("endReasonColumn", "moved")).toBe("moved");
    expect(automaticHistoryCode("contactKindColumn", "Fysisk møde")).toBe("meeting");
  });
  it("prefills a coded column's texts and leaves the others unchosen", () => {
    expect(codesFor("statusColumn", { name: "Status", values: ["Ledig", "Praktik"], more: false })).toEqual({ Ledig: "unemployed", Praktik: "" });
  });
});

describe("buildHistoryMapping", () => {
  it("needs every required column, and leaves optional ones out when not chosen", () => {
    const choices = { ...emptyHistoryChoices(), columns: { participantCodeColumn: "Kode" } };
    expect(buildHistoryMapping("enrolment", choices)).toBeNull();
    expect(buildHistoryMapping("enrolment", { ...choices, columns: { ...choices.columns, enrolledOnColumn: "Start" } })).toEqual({
      kind: "enrolment",
      participantCodeColumn: "Kode",
      enrolledOnColumn: "Start",
    });
  });
  it("writes only the texts the importer would not match by itself, and names the sheet", () => {
    const choices = {
      ...emptyHistoryChoices(),
      columns: { participantCodeColumn: "Kode", dateColumn: "Dato", statusColumn: "Status" },
      values: { statusColumn: { Ledig: "unemployed", Praktik: "internship", Ukendt: "" } },
    };
    expect(buildHistoryMapping("statuses", choices, "Ark1")).toEqual({
      kind: "statuses",
      participantCodeColumn: "Kode",
      dateColumn: "Dato",
      statusColumn: "Status",
      statusValues: { Praktik: "internship" },
      sheet: "Ark1",
    });
  });
  it("gives contacts one kind for all rows or a kind column, and adds companies only with a company column", () => {
    const choices = { ...emptyHistoryChoices(), columns: { dateColumn: "Dato" }, createRespondents: true };
    expect(buildHistoryMapping("contacts", choices)).toBeNull();
    expect(buildHistoryMapping("contacts", { ...choices, contactKind: "company_contact" })).toEqual({
      kind: "contacts",
      dateColumn: "Dato",
      contactKind: "company_contact",
    });
    expect(buildHistoryMapping("contacts", { ...choices, columns: { ...choices.columns, contactKindColumn: "Form", companyColumn: "Virksomhed" } })).toEqual({
      kind: "contacts",
      dateColumn: "Dato",
      contactKindColumn: "Form",
      companyColumn: "Virksomhed",
      createRespondents: true,
    });
  });
});
