import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

const BOM = "\uFEFF";

describe("toCsv", () => {
  it("joins cells with semicolons and lines with CRLF, after a byte-order mark", () => {
    expect(
      toCsv(
        ["Tid", "Antal"],
        [
          ["Start", "12"],
          ["Slut", "9"],
        ],
      ),
    ).toBe(`${BOM}Tid;Antal\r\nStart;12\r\nSlut;9\r\n`);
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe(`${BOM}A;B\r\n`);
  });

  it("quotes a cell holding a semicolon, a quote or a line break, doubling quotes", () => {
    expect(toCsv(["x"], [["a;b"], ['sagde "hej"'], ["to\nlinjer"], ["cr\rhere"]])).toBe(
      `${BOM}x\r\n"a;b"\r\n"sagde ""hej"""\r\n"to\nlinjer"\r\n"cr\rhere"\r\n`,
    );
  });

  it("leaves commas, markers and Danish letters alone", () => {
    expect(toCsv(["Spørgsmål"], [["1,5"], ["<5"], ["æøå"]])).toBe(`${BOM}Spørgsmål\r\n1,5\r\n<5\r\næøå\r\n`);
  });

  it("never lets a cell start a formula, but keeps numbers (issue 11, item 7)", () => {
    const csv = toCsv(
      ["=navn", "x"],
      [
        ["=1+1", "-3"],
        ["+45 1234", "-0,4"],
        ["@SUM(A1)", "+7"],
        ["-1+2", "12"],
        ["\t=1", ""],
      ],
    );
    expect(csv).toBe(`${BOM}'=navn;x\r\n'=1+1;-3\r\n'+45 1234;-0,4\r\n'@SUM(A1);+7\r\n'-1+2;12\r\n'\t=1;\r\n`);
  });

  it("keeps empty cells as empty fields", () => {
    expect(toCsv(["a", "b", "c"], [["", "x", ""]])).toBe(`${BOM}a;b;c\r\n;x;\r\n`);
  });
});
