import JSZip from "jszip";
import { MAX_COUNT_NOISE } from "../../packages/analytics/src/index";
import { todayLocal } from "@skridt/instruments";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../packages/api/src/report/build";
import { formatNumber } from "../../packages/api/src/report/format";
import type { TReportFigures } from "../../packages/api/src/report/figures";
import { expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// Issue 15, section 3: the evaluation report of the demo programme is written from the
// evaluator procedures' own (protected) figures: every number in its text is one of theirs,
// and the Word document holds the same text.

/** Every way the report may write a number of the figures: counts, percentages, whole and one-decimal scores, two-decimal reliabilities. */
function writtenForms(figures: unknown): Set<string> {
  const forms = new Set<string>();
  const add = (value: number) => {
    for (const lang of ["da", "en"] as const) {
      // Two decimals: a reliability as its source gives it (0,81).
      for (const d of [0, 1, 2]) {
        forms.add(formatNumber(value, d, lang));
        forms.add(formatNumber(Math.abs(value), d, lang));
      }
      if (value >= 0 && value <= 1) forms.add(formatNumber(value * 100, 0, lang));
    }
  };
  const walk = (node: unknown): void => {
    if (typeof node === "number") add(node);
    else if (typeof node === "string")
      for (const m of node.match(/\d+/g) ?? []) forms.add(m); // labels ("WHO-5 (0-100)"), markers ("<5")
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(figures);
  return forms;
}

/** The numbers written in a sentence, as written ("8.050", "3,5", "−2"). */
const numbersIn = (sentence: string) => (sentence.match(/−?\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]$/, ""));

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

describe(`the evaluation report on ${engine}`, () => {
  let t: TestDatabase;
  let evaluator: Caller;
  let mentor: Caller;
  let organisationId: string;
  let programmeId: string;
  let figures: TReportFigures;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    evaluator = (await signedInCaller(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } })).id)).caller;
    mentor = (await signedInCaller(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } })).id)).caller;
    organisationId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
    const q = { organisationId, programmeId };
    // What the evaluator pages show, read the way the pages read it.
    figures = {
      overview: await evaluator.evaluation.overview(q),
      contacts: await evaluator.evaluation.contacts(q),
      questionnaires: await evaluator.evaluation.questionnaires(q),
      change: await evaluator.evaluation.change(q),
      progression: await evaluator.evaluation.progression(q),
      external: await evaluator.externalSurvey.results(q),
    };
  }, 240_000);
  afterAll(async () => t.cleanup());

  it("is the report written from the pages' figures, in Danish and English", async () => {
    for (const lang of ["da", "en"] as const) {
      const report = await evaluator.report.generate({ organisationId, programmeId, lang });
      expect(report).toEqual(buildReport(figures, { lang, filter: {}, generatedOn: todayLocal() }));
      expect(report.sections.map((s) => s.id)).toEqual(["about", "participants", "status", "contacts", "satisfaction", "employers", "change", "progression"]);
      // Every section that has figures has its chart and its table.
      for (const s of report.sections.filter((x) => !["about", "employers"].includes(x.id))) {
        expect(s.paragraphs.length, s.id).toBeGreaterThan(0);
        expect(s.charts.length, s.id).toBeGreaterThan(0);
        expect(s.tables.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it("writes no number in its text that is not one of the evaluator procedures' figures", async () => {
    const forms = writtenForms(figures);
    forms.add(String(MAX_COUNT_NOISE));
    forms.add("95"); // the confidence level
    for (const lang of ["da", "en"] as const) {
      const report = await evaluator.report.generate({ organisationId, programmeId, lang });
      let checked = 0;
      for (const section of report.sections)
        for (const sentence of section.paragraphs)
          for (const n of numbersIn(sentence)) {
            expect(forms.has(n), `${lang} ${section.id}: "${n}" in "${sentence}"`).toBe(true);
            checked++;
          }
      expect(checked).toBeGreaterThan(60);
    }
  });

  it("states the headline figures exactly as the pages give them, with their denominators", async () => {
    const report = await evaluator.report.generate({ organisationId, programmeId, lang: "da" });
    const text = (id: string) => report.sections.find((s) => s.id === id)!.paragraphs.join(" ");
    const { counts, responseRates, outcomes } = figures.overview;
    const end = responseRates.find((r) => r.occasion === "end")!;
    expect(text("participants")).toContain(`I alt ${counts.enrolled} deltagere`);
    expect(typeof end.completed).toBe("number");
    expect(text("participants")).toContain(`${end.completed} af ${end.eligible} svarede (svarprocent ${Math.round((end.rate as number) * 100)}\u00a0%)`);
    expect(text("status")).toContain(`Blandt de ${outcomes.n}, der har afsluttet forløbet`);
    // WHO-5: the paired change, its CI and the reliably improved share, as on the questionnaire and change pages.
    const who5 = figures.questionnaires.change.find((c) => c.instrumentId === "who5")!;
    const paired = who5.paired as unknown as { n: number; meanChange: number; ci95: [number, number] };
    const reliable = figures.change.scales.find((s) => s.norm.instrumentId === "who5")!.figures.reliable!;
    expect(text("change")).toContain(
      `Blandt de ${paired.n}, der svarede både ved start og slut, steg gennemsnittet for WHO-5 trivsel (0-100) med ${Math.round(paired.meanChange)} point (95 % sikkerhedsinterval ${Math.round(paired.ci95[0])} til ${Math.round(paired.ci95[1])}); ${Math.round((reliable.improvedShare as number) * 100)}\u00a0% forbedrede sig pålideligt.`,
    );
  });

  it("says hidden counts in words and never as 0", async () => {
    const report = await evaluator.report.generate({ organisationId, programmeId, lang: "da" });
    const all = report.sections.flatMap((s) => s.paragraphs).join("\n");
    // The demo's end questionnaire has fewer than 5 begun-but-unfinished answers; its table cell keeps the marker.
    const participants = report.sections.find((s) => s.id === "participants")!;
    expect(participants.tables[0]!.rows.some((row) => row.includes("<5"))).toBe(true);
    expect(all).not.toContain("<5");
    // Hidden bars are drawn as hidden, not as empty.
    const bars = report.sections.flatMap((s) => s.charts.flatMap((c) => c.series.flatMap((x) => x.bars)));
    for (const bar of bars.filter((b) => b.hidden)) expect(bar.value).toBeNull();
    expect(all).toMatch(/færre end 5|forbedrede sig pålideligt/);
  });

  it("is a Word document with the same text, read back from its zip", async () => {
    const file = await evaluator.report.docx({ organisationId, programmeId, lang: "da" });
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.filename).toMatch(/^evalueringsrapport-brug-din-rampe-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, "base64"));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    const xml = await zip.file("word/document.xml")!.async("string");
    // The paragraphs' text as Word holds it: each <w:p>'s runs joined.
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
    );
    const report = await evaluator.report.generate({ organisationId, programmeId, lang: "da" });
    for (const section of report.sections) {
      expect(paragraphs).toContain(section.title);
      for (const sentence of section.paragraphs) expect(paragraphs).toContain(sentence);
      for (const table of section.tables) for (const header of table.columns) expect(paragraphs).toContain(header);
    }
    // Hidden bars, and only they, are hatched cells (the demo's hidden figures differ by engine: its cell keys are drawn per database).
    const hiddenBars = report.sections.flatMap((s) => s.charts.flatMap((c) => c.series.flatMap((x) => x.bars))).filter((b) => b.hidden).length;
    expect(xml.split('w:val="diagStripe"').length - 1).toBe(hiddenBars);
  });

  it("is the evaluator's and administrator's only, and is audited", async () => {
    await expectTRPCError(mentor.report.generate({ organisationId, programmeId }), "FORBIDDEN");
    await expectTRPCError(mentor.report.docx({ organisationId, programmeId }), "FORBIDDEN");
    const before = await t.db.auditEvent.count({ where: { action: "report.generate" } });
    await evaluator.report.generate({ organisationId, programmeId, filter: { enrolledFrom: "2025-01" } });
    const rows = await t.db.auditEvent.findMany({ where: { action: "report.generate" }, orderBy: { at: "desc" } });
    expect(rows.length).toBe(before + 1);
    expect(rows[0]!.targetId).toBe(programmeId);
  });
});
