import { describe, expect, it } from "vitest";
import { pairedChange } from "./paired-change";
import { suppressItemDistributions, suppressPairedChange, suppressResponseRates } from "./suppress-results";
import { SECONDARY_MARK, suppressCells, suppressCount, suppressRow, suppressShare, suppressTable } from "./suppression";
import type { TParticipantRow, TScoreRow } from "./types";

describe("suppression", () => {
  it("hides counts 1..4 and shows 0 and 5+", () => {
    expect([0, 1, 4, 5, 12].map((c) => suppressCount(c))).toEqual([0, "<5", "<5", 5, 12]);
    expect(suppressCount(2, 3)).toBe("<3");
    expect(suppressCount(3, 3)).toBe(3);
  });

  it("hides a share computed from a hidden count", () => {
    expect(suppressShare(3 / 25, 3)).toBe("<5");
    expect(suppressShare(0, 0)).toBe(0);
    expect(suppressShare(10 / 25, 10)).toBe(0.4);
  });

  it("hides one more cell when a single hidden cell could be derived from the total", () => {
    // total 25 = 3 + 10 + 12: "3" would be 25 − 10 − 12, so the smallest other cell (10) goes too.
    expect(suppressRow(25, [3, 10, 12])).toEqual({ total: 25, cells: ["<5", SECONDARY_MARK, 12], marks: ["primary", "secondary", null] });
    // Zero cells are not picked (hiding a known zero protects nothing).
    expect(suppressRow(25, [0, 3, 22, 0]).cells).toEqual([0, "<5", "x", 0]);
    // Two hidden cells already hide each other.
    expect(suppressRow(25, [3, 2, 20]).cells).toEqual(["<5", "<5", 20]);
    // A small total is hidden itself; its cells are all small or zero.
    expect(suppressRow(4, [3, 1, 0])).toMatchObject({ total: "<5", cells: ["<5", "<5", 0] });
    // Overlapping (multi-select) cells do not add up to the total: no secondary cell.
    expect(suppressRow(20, [3, 15, 12], 5, { additive: false }).cells).toEqual(["<5", 15, 12]);
    expect(
      suppressTable([
        { total: 25, cells: [3, 10, 12] },
        { total: 30, cells: [10, 20] },
      ])[1]?.cells,
    ).toEqual([10, 20]);
  });

  it("hides the shares of primary and secondary cells", () => {
    const s = suppressCells(25, [
      { value: 1, count: 3, share: 0.12 },
      { value: 2, count: 10, share: 0.4 },
      { value: 3, count: 12, share: 0.48 },
    ]);
    expect(s.cells).toEqual([
      { value: 1, count: "<5", share: "<5" },
      { value: 2, count: "x", share: "x" },
      { value: 3, count: 12, share: 0.48 },
    ]);
  });

  it("hides response-rate cells and the rate of a hidden count", () => {
    const [r] = suppressResponseRates([{ occasion: "end", eligible: 30, completed: 26, incomplete: 3, noResponse: 1, rate: 26 / 30 }]);
    expect(r).toEqual({ occasion: "end", eligible: 30, completed: 26, incomplete: "<5", noResponse: "<5", rate: 26 / 30 });
    const [low] = suppressResponseRates([{ occasion: "end", eligible: 30, completed: 2, incomplete: 0, noResponse: 28, rate: 2 / 30 }]);
    expect(low).toMatchObject({ completed: "<5", noResponse: "x", rate: "<5" });
  });

  it("hides every statistic of a paired change over fewer than 5 people, and small MIC cells", () => {
    const ps: TParticipantRow[] = Array.from({ length: 12 }, (_, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2024-01-01" }));
    const rows: TScoreRow[] = ps.flatMap((p, i) => [
      { participantId: p.participantId, occasion: "start", instrumentId: "who5", scaleId: "total", value: 40 },
      { participantId: p.participantId, occasion: "end", instrumentId: "who5", scaleId: "total", value: i < 3 ? 60 : i < 4 ? 30 : 42 },
    ]);
    const meta = { instrumentId: "who5", scaleId: "total", higherIsBetter: true, minimalImportantChange: 10 };
    const [big] = suppressPairedChange(pairedChange(ps, rows, [meta]));
    expect(big?.paired.n).toBe(12);
    // 3 improved, 8 unchanged, 1 worse: two primary cells, no secondary needed.
    expect(big?.paired.byMic).toEqual({ improved: "<5", unchanged: 8, worse: "<5", improvedShare: "<5", unchangedShare: 8 / 12, worseShare: "<5" });
    const [small] = suppressPairedChange(pairedChange(ps.slice(0, 4), rows, [meta]));
    expect(small?.paired).toMatchObject({ n: "<5", meanChange: "<5", ci95: ["<5", "<5"], effect: "<5", sdChange: "<5" });
    expect(small?.paired.wilcoxon).toMatchObject({ V: "<5", p: "<5", method: "normal" });
    expect(small?.minimalImportantChange).toBe(10);
    expect(small?.unpaired.start).toEqual({ n: "<5", mean: "<5", sd: "<5" });
  });

  it("hides item distribution cells per occasion", () => {
    const [item] = suppressItemDistributions([
      {
        instrumentId: "health",
        itemId: "q1",
        occasions: [
          {
            occasion: "start",
            n: 20,
            cells: [
              { value: 1, count: 2, share: 0.1 },
              { value: 2, count: 18, share: 0.9 },
            ],
          },
          {
            occasion: "end",
            n: 20,
            cells: [
              { value: 1, count: 10, share: 0.5 },
              { value: 2, count: 10, share: 0.5 },
            ],
          },
        ],
      },
    ]);
    expect(item?.occasions[0]?.cells.map((c) => c.count)).toEqual(["<5", "x"]);
    expect(item?.occasions[1]?.cells.map((c) => c.count)).toEqual([10, 10]);
  });
});
