import { defaultMeasurementPlan, ZMeasurementPlan } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import type { ExportAssessment } from "./assessments";
import { buildCodebook, instrumentsInExport } from "./codebook";
import type { CohortParticipant } from "./cohort";
import { ColumnStems, instrumentStem, MAX_NAME_LENGTH } from "./column-names";
import { wideTable } from "./wide";

const planWithFollowup = ZMeasurementPlan.parse({
  ...defaultMeasurementPlan,
  occasions: { ...defaultMeasurementPlan.occasions, followup: ["selvvurderet-helbred", "who5", "tilfredshed"] },
  followupMonths: 6,
});

const participant = (code: string, endedOn: string | null): CohortParticipant =>
  ({
    participantId: `id-${code}`,
    code,
    organisationId: "org",
    organisationName: "Jobcenter Aarhus",
    gender: "female",
    birthYear: 1990,
    enrolledOn: "2026-01-05",
    endedOn,
    key: 1,
  }) as unknown as CohortParticipant;

const who5 = (participantId: string, occasion: string, answers: number[], score: number, submittedOn: string): ExportAssessment => ({
  id: `${participantId}-${occasion}`,
  participantId,
  occasion,
  instrumentId: "who5",
  instrumentVersion: "1.0.0",
  mode: "self",
  submittedOn,
  answers: new Map(answers.map((v, i) => [`who5_${i + 1}`, v])),
  scores: new Map([["who5", score]]),
});

describe("wide export column names (issue 15)", () => {
  it("says the instrument once: who5_1_start, who5_score_end, humoer_trist_score_start, selvvurderet_helbred_end", () => {
    expect(instrumentStem("who5", "who5_1")).toBe("who5_1");
    expect(instrumentStem("who5", "who5")).toBe("who5");
    expect(instrumentStem("selvvurderet-helbred", "helbred")).toBe("selvvurderet_helbred");
    expect(instrumentStem("humoer", "trist")).toBe("humoer_trist");
    const names = buildCodebook(instrumentsInExport(defaultMeasurementPlan, [])).map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "who5_1_start",
        "who5_1_end",
        "who5_score_start",
        "who5_score_end",
        "gse_10_end",
        "gse_score_start",
        "humoer_trist_score_end",
        "selvvurderet_helbred_start",
        "selvvurderet_helbred_score_end",
        "who5_version_start",
        "submitted_on_start",
        "submitted_on_end",
        "baggrund_koen_start",
      ]),
    );
    // Only the occasions an instrument is used at: background at start, satisfaction at the end.
    expect(names).not.toContain("baggrund_koen_end");
    expect(names).not.toContain("tilfredshed_samlet_effekt_start");
    expect(names).not.toContain("submitted_on_followup");
    expect(names.some((n) => /who5_who5|gse_gse/.test(n))).toBe(false);
    // Start and end of an item side by side.
    expect(names.indexOf("who5_1_end")).toBe(names.indexOf("who5_1_start") + 1);
  });

  it("gives unique names that R, SPSS and Stata accept (letters, digits, _; a letter first; at most 32), with a follow-up too", () => {
    const variables = buildCodebook(instrumentsInExport(planWithFollowup, []), { birthYear: true });
    const names = variables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(name.length, name).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      expect(name).not.toMatch(/_$/);
    }
    // A long stem is cut the same way at every occasion, so its columns still line up.
    const helbred = variables.filter((v) => v.instrumentId === "selvvurderet-helbred" && v.scaleId);
    expect(new Set(helbred.map((v) => v.name.replace(/_(start|end|followup)$/, ""))).size).toBe(1);
    expect(helbred.map((v) => v.occasion)).toEqual(["start", "end", "followup"]);
    expect(names).toContain("submitted_on_followup");
  });

  it("numbers a stem that would repeat another's after cutting", () => {
    const stems = new ColumnStems(["enrolled_on"]);
    expect(stems.stem("tilfredshed_indflydelse_match", 23)).toBe("tilfredshed_indflydelse");
    expect(stems.stem("tilfredshed_indflydelse_samtaler", 23)).toBe("tilfredshed_indflydel_2");
    expect(stems.stem("enrolled_on", 23)).toBe("enrolled_on_2");
  });

  it("writes one row per participant with each occasion's answers and scores side by side", () => {
    const variables = buildCodebook(instrumentsInExport(defaultMeasurementPlan, []));
    const ann = participant("A", "2026-06-30");
    const bo = participant("B", null);
    const table = wideTable(
      [ann, bo],
      [who5(ann.participantId, "start", [1, 2, 3, 4, 5], 60, "2026-01-06"), who5(ann.participantId, "end", [5, 4, 3, 2, 1], 60, "2026-06-29")],
      variables,
    );
    expect(table.rows).toHaveLength(2);
    const cell = (row: number, name: string) => table.rows[row]![table.columns.indexOf(name)];
    expect(cell(0, "who5_1_start")).toBe(1);
    expect(cell(0, "who5_1_end")).toBe(5);
    expect(cell(0, "who5_score_start")).toBe(60);
    expect(cell(0, "who5_version_end")).toBe("1.0.0");
    expect(cell(0, "submitted_on_start")).toBe("2026-01-06");
    expect(cell(0, "submitted_on_end")).toBe("2026-06-29");
    expect(cell(0, "ended_on")).toBe("2026-06-30");
    expect(cell(0, "gse_score_start")).toBeNull();
    // Nothing answered yet: still a row, so the file shows who is missing.
    expect(cell(1, "participant_code")).toBe("B");
    expect(cell(1, "who5_1_start")).toBeNull();
    expect(cell(1, "submitted_on_start")).toBeNull();
  });
});
