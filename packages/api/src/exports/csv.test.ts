import { describe, expect, it } from "vitest";
import { codebookTable, type Variable } from "./codebook";
import { tableToCsv } from "./csv";

const lines = (csv: Buffer) => csv.toString("utf8").slice(1).split("\r\n");

describe("CSV exports and formula injection (issue 11, item 7)", () => {
  it("never lets a text cell start a formula: = + - @ tab and CR are quoted away", () => {
    const csv = tableToCsv({
      name: "t",
      columns: ["organisation", "n"],
      rows: [
        ['=HYPERLINK("http://evil.example","Klik")', 3],
        ["+45 12 34 56 78", -2],
        ["-1+2", 0.5],
        ["@SUM(A1:A9)", null],
        ["\t=1+1", 1],
        ["\r=1+1", 1],
        ["Jobcenter Aarhus", 4],
      ],
    });
    const cells = lines(csv)
      .slice(1, -1)
      .map((l) => l.split(";")[0]!);
    for (const cell of cells) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells[0]).toBe(`"'=HYPERLINK(""http://evil.example"",""Klik"")"`);
    expect(cells[6]).toBe("Jobcenter Aarhus");
    // Numbers stay numbers, negative ones too (decimal comma).
    expect(
      lines(csv)
        .slice(1, 4)
        .map((l) => l.split(";").at(-1)),
    ).toEqual(["3", "-2", "0,5"]);
  });

  it("neutralises the codebook's labels too (a programme's own questionnaire names its items)", () => {
    const variable: Variable = {
      name: "egen_x",
      label: { da: "=1+1", en: "@cmd" },
      type: "code",
      codes: [{ code: 1, label: { da: "+ja", en: "-yes" } }],
      instrumentId: "egen",
      itemId: "x",
      scaleId: null,
      occasion: "start",
      instrumentVersions: ["1.0.0"],
      source: "answer",
    };
    const row = lines(tableToCsv(codebookTable([variable])))[1]!;
    for (const cell of row.split(";")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
    expect(row).toContain("'=1+1");
  });
});
