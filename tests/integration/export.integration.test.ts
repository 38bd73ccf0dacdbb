import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv, readXlsx, type SourceTable } from "@skridt/api/imports";
import { builtinInstruments, todayLocal } from "@skridt/instruments";
import JSZip from "jszip";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { grantResearchExports } from "../support/research-grant";
import { storeAskedBackgroundAnswers } from "../support/background-answers";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

type Shape = "long" | "wide" | "codebook" | "aggregates" | "r-script";

// R is one of the test tools (scripts/ensure-test-tools.sh installs Debian's r-base-core):
// the generated script is run for real, not only read.

// The evaluator's downloads of the demo programme: pseudonymous, complete, and the same in CSV and XLSX.
describe(`exports of the demo programme on ${engine}`, () => {
  let t: TestDatabase;
  let evaluator: Caller;
  let orgId: string;
  let programmeId: string;
  let evaluatorOf: string[];
  const files = new Map<string, { filename: string; mimeType: string; content: Buffer }>();

  const download = async (shape: Shape, format: "csv" | "xlsx" = "csv", filter = {}) => {
    const key = `${shape}.${format}.${JSON.stringify(filter)}`;
    if (!files.has(key)) {
      const r = await evaluator.export.create({ organisationId: orgId, programmeId, shape, format, filter });
      files.set(key, { filename: r.filename, mimeType: r.mimeType, content: Buffer.from(r.base64, "base64") });
    }
    return files.get(key)!;
  };
  const csv = async (shape: Shape, filter = {}) => readCsv((await download(shape, "csv", filter)).content);
  const column = (table: SourceTable, name: string) => table.rows.map((r) => r.cells[name]);

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    // Older questionnaires carry the background birth year and gender the demo no longer stores.
    expect(await storeAskedBackgroundAnswers(t.db)).toBeGreaterThan(0);
    const evaluatorUser = await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    evaluator = (await signedInCaller(t.db, evaluatorUser.id)).caller;
    orgId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
    // Row-level exports need an administrator's grant (issue 11, item 2); this one gives exact dates, not the birth year.
    evaluatorOf = (await t.db.membership.findMany({ where: { userId: evaluatorUser.id, role: "evaluator" } })).map((m) => m.organisationId);
    await grantResearchExports(t.db, { userId: evaluatorUser.id, programmeId, organisationIds: evaluatorOf, exactDates: true, birthYear: false });
  }, 180_000);
  afterAll(async () => t.cleanup());

  it("writes the long CSV for Danish Excel: UTF-8 BOM, semicolons, one row per answer of a submitted questionnaire", async () => {
    const file = await download("long");
    expect(file.mimeType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toMatch(/^skridt-[a-z0-9-]+-long-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.content.toString("utf8").slice(1).split("\r\n")[0]).toBe(
      "respondent_type;participant_code;organisation;occasion;instrument_id;instrument_version;item_id;value;mode;submitted_on",
    );
    const long = readCsv(file.content);
    // Free text is never exported (it may name people): every other answer of a submitted (current) assessment is.
    const freeText = Object.values(builtinInstruments).flatMap((i) => i.items.filter((x) => x.type === "text").map((x) => x.id));
    // Nor the background question's birth year: this grant gives no birth years (issue 11, item 2).
    expect(await t.db.answer.count({ where: { assessment: { status: "submitted" }, itemId: "foedselsaar" } })).toBeGreaterThan(0);
    expect(long.rows.length).toBe(await t.db.answer.count({ where: { assessment: { status: "submitted" }, itemId: { notIn: [...freeText, "foedselsaar"] } } }));
    expect(new Set(column(long, "item_id")).has("foedselsaar")).toBe(false);
    expect(new Set(column(long, "item_id")).has("samlet_effekt_uddyb")).toBe(false);

    const known = await t.db.answer.findFirstOrThrow({
      where: { itemId: "who5_1", assessment: { status: "submitted", occasion: "start" } },
      include: { assessment: { include: { participant: { include: { organisation: true } } } } },
    });
    // Rows carry the export's own pseudonyms, never the participant's code: the known answer is there by its content.
    expect(long.rows.some((r) => r.cells.participant_code === known.assessment.participant!.code)).toBe(false);
    expect(
      long.rows.some(
        (r) =>
          r.cells.occasion === "start" &&
          r.cells.item_id === "who5_1" &&
          r.cells.value === String(JSON.parse(known.value)) &&
          r.cells.instrument_id === "who5" &&
          r.cells.instrument_version === "1.0.0" &&
          r.cells.organisation === known.assessment.participant!.organisation.name &&
          r.cells.mode === known.assessment.mode,
      ),
    ).toBe(true);
    // Multiple choice as "1;3".
    expect(column(long, "value").some((v) => /^\d+;\d+/.test(v ?? ""))).toBe(true);
  });

  it("writes the wide CSV: one row per participant, occasions side by side, items as who5_1_start, scores as who5_score_end", async () => {
    const wide = await csv("wide");
    const own = wide.rows.filter((r) => r.cells.respondent_type === "participant");
    // Everyone in the evaluator's organisations, answered or not: one row each, never one per occasion.
    expect(own.length).toBe(await t.db.participant.count({ where: { programmeId, organisationId: { in: evaluatorOf } } }));
    expect(new Set(column({ ...wide, rows: own }, "participant_code")).size).toBe(own.length);
    expect(wide.columns.slice(0, 9)).toEqual([
      "respondent_type",
      "participant_code",
      "organisation",
      "gender",
      "age_band",
      "enrolled_on",
      "ended_on",
      "submitted_on_start",
      "submitted_on_end",
    ]);
    expect(wide.columns).toEqual(
      expect.arrayContaining(["who5_version_start", "who5_1_start", "who5_1_end", "who5_5_end", "who5_score_start", "who5_score_end", "gse_score_end"]),
    );
    for (const name of ["occasion", "submitted_on", "who5_who5_1", "who5_1", "who5_who5_score", "tilfredshed_samlet_effekt_uddyb_end"])
      expect(wide.columns).not.toContain(name);
    expect(wide.columns.indexOf("who5_1_end")).toBe(wide.columns.indexOf("who5_1_start") + 1);
    // The background question's birth year is documented but empty: this grant gives no birth years (issue 11, item 2).
    expect(column(wide, "baggrund_foedselsaar_start").every((v) => !v)).toBe(true);
    expect(column(wide, "baggrund_uddannelse_start").some((v) => !!v)).toBe(true);

    // A known participant, found by content (the export's pseudonyms are its own): enrolment, end,
    // gender and the days they answered, unique in the demo. Their row holds their stored start
    // and end answers and scores side by side (decimal comma, as Danish Excel and read.csv2 read numbers).
    const participants = await t.db.participant.findMany({
      where: { programmeId, organisationId: { in: evaluatorOf } },
      select: {
        enrolledOn: true,
        endedOn: true,
        gender: true,
        assessments: {
          where: { status: "submitted", OR: [{ surveyId: null }, { survey: { respondentType: "participant" } }] },
          select: { occasion: true, instrumentId: true, submittedAt: true, answers: true, scores: true },
        },
      },
    });
    const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
    const latest = (p: (typeof participants)[number], occasion: string) =>
      p.assessments
        .filter((a) => a.occasion === occasion)
        .map((a) => day(a.submittedAt))
        .sort()
        .at(-1) ?? "";
    const signature = (p: (typeof participants)[number]) => [day(p.enrolledOn), day(p.endedOn), p.gender ?? "", latest(p, "start"), latest(p, "end")].join("|");
    const counts = new Map<string, number>();
    for (const p of participants) counts.set(signature(p), (counts.get(signature(p)) ?? 0) + 1);
    const known = participants.find(
      (p) => counts.get(signature(p)) === 1 && ["start", "end"].every((o) => p.assessments.some((a) => a.instrumentId === "who5" && a.occasion === o)),
    )!;
    expect(known).toBeDefined();
    const rowSignature = (c: Record<string, string>) => [c.enrolled_on, c.ended_on, c.gender, c.submitted_on_start, c.submitted_on_end].join("|");
    const rows = own.filter((r) => rowSignature(r.cells) === signature(known));
    expect(rows).toHaveLength(1);
    const row = rows[0]!.cells;
    const number = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v).replace(".", ","));
    for (const occasion of ["start", "end"]) {
      const who5 = known.assessments.find((a) => a.instrumentId === "who5" && a.occasion === occasion)!;
      for (const answer of who5.answers) expect(row[`${answer.itemId}_${occasion}`], `${answer.itemId} ${occasion}`).toBe(String(JSON.parse(answer.value)));
      expect(row[`who5_score_${occasion}`]).toBe(number(who5.scores.find((s) => s.scaleId === "who5")?.value));
      expect(row[`who5_version_${occasion}`]).toBe("1.0.0");
    }
    expect(row.who5_score_start).not.toBe("");
  });

  it("documents every wide column in the codebook, with labels, codes and instrument versions", async () => {
    const [wide, codebook] = [await csv("wide"), await csv("codebook")];
    expect(codebook.columns).toEqual([
      "variable",
      "label_da",
      "label_en",
      "type",
      "codes_da",
      "codes_en",
      "instrument_id",
      "item_id",
      "scale_id",
      "occasion",
      "instrument_versions",
      "source",
    ]);
    const variables = column(codebook, "variable");
    for (const name of wide.columns) expect(variables).toContain(name);
    const item = codebook.rows.find((r) => r.cells.variable === "who5_1_end")!.cells;
    expect(item).toMatchObject({ type: "code", instrument_id: "who5", item_id: "who5_1", occasion: "end", instrument_versions: "1.0.0" });
    expect(item.codes_da).toContain("4=Det meste af tiden");
    expect(item.label_en).toMatch(/^End: .*I have felt cheerful/);
    expect(item.label_da).toMatch(/^Afslutning: /);
    expect(codebook.rows.find((r) => r.cells.variable === "who5_score_start")!.cells).toMatchObject({ scale_id: "who5", occasion: "start", type: "number" });
    // Free text is listed, and said to be left out.
    expect(codebook.rows.find((r) => r.cells.variable === "tilfredshed_samlet_effekt_uddyb")!.cells.source).toContain("not exported");
  });

  it("gives the same data in XLSX, read back with the same library, with the codebook as a second sheet", async () => {
    for (const shape of ["long", "wide"] as const) {
      const file = await download(shape, "xlsx");
      expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      const [fromCsv, fromXlsx] = [await csv(shape), await readXlsx(file.content)];
      expect(fromXlsx.columns).toEqual(fromCsv.columns);
      expect(fromXlsx.rows.length).toBe(fromCsv.rows.length);
      // Numbers are numbers in XLSX ("52.5"), decimal-comma text in CSV ("52,5"). Each file has
      // its own pseudonyms (and rows in their order), so the rows are compared without them.
      const norm = (v: string | undefined) => (v ?? "").replace(",", ".");
      const content = (rows: typeof fromCsv.rows) => rows.map((r) => JSON.stringify(Object.values({ ...r.cells, participant_code: "" }).map(norm))).sort();
      expect(content(fromXlsx.rows)).toEqual(content(fromCsv.rows));
      expect((await readXlsx(file.content, "codebook")).rows.length).toBe((await csv("codebook")).rows.length);
    }
    // In the wide layout too, the day columns hold real Excel dates (a number with a date format), not text.
    const xlsx = await download("wide", "xlsx");
    const wide = await readXlsx(xlsx.content);
    const sheet = await (await JSZip.loadAsync(xlsx.content)).file("xl/worksheets/sheet1.xml")!.async("string");
    const letter = (index: number): string => (index >= 26 ? letter(Math.floor(index / 26) - 1) : "") + String.fromCharCode(65 + (index % 26));
    for (const name of ["enrolled_on", "ended_on", "submitted_on_start", "submitted_on_end"]) {
      const at = wide.rows.findIndex((r) => (r.cells[name] ?? "") !== "");
      expect(at, name).toBeGreaterThanOrEqual(0);
      const ref = `${letter(wide.columns.indexOf(name))}${wide.rows[at]!.row}`;
      const xml = new RegExp(`<c r="${ref}"([^>]*)><v>([^<]*)</v>`).exec(sheet);
      expect(xml, ref).not.toBeNull();
      expect(xml![1]).not.toContain('t="');
      expect(Number(xml![2])).toBeGreaterThan(40_000);
    }
  }, 120_000);

  it("writes an R script that labels every wide column", async () => {
    const script = (await download("r-script")).content.toString("utf8");
    const wide = await csv("wide");
    expect(script).toContain('read.csv2(file, fileEncoding = "UTF-8-BOM"');
    expect(script).toContain((await download("wide")).filename);
    for (const name of wide.columns) expect(script).toContain(`attr(d[["${name}"]], "label")`);
    expect(script).toMatch(/d\[\["who5_1_start"\]\] <- factor\(d\[\["who5_1_start"\]\], levels = c\(5, 4, 3, 2, 1, 0\)/);
    expect(script).toMatch(/d\[\["who5_1_end"\]\] <- factor\(d\[\["who5_1_end"\]\], levels = c\(5, 4, 3, 2, 1, 0\)/);
    expect(script).not.toMatch(/library\(|require\(/);
  });

  it("runs in R on the wide CSV, giving labelled factors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skridt-r-"));
    try {
      const wide = await download("wide");
      writeFileSync(join(dir, wide.filename), wide.content);
      writeFileSync(join(dir, "labels.R"), (await download("r-script")).content);
      const out = execFileSync(
        "Rscript",
        [
          "-e",
          'source("labels.R"); cat(nrow(d), levels(d$who5_1_end)[2], attr(d$who5_score_start, "label"), class(d$enrolled_on), class(d$submitted_on_end), sum(!is.na(d$who5_score_end)), sep = "|")',
        ],
        { cwd: dir },
      ).toString("utf8");
      const table = await csv("wide");
      const ended = column(table, "who5_score_end").filter((v) => (v ?? "") !== "").length;
      expect(ended).toBeGreaterThan(0);
      expect(out.split("|")).toEqual([String(table.rows.length), "Det meste af tiden", "Start: WHO-5 trivsel (0-100)", "Date", "Date", String(ended)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("never puts a name, e-mail or phone number in any export", async () => {
    const texts: string[] = [];
    for (const shape of ["long", "wide", "codebook", "aggregates", "r-script"] as const) {
      texts.push((await download(shape)).content.toString("utf8"));
      if (shape !== "r-script") {
        const xlsx = (await download(shape, "xlsx")).content;
        for (const sheet of shape === "aggregates"
          ? ["counts", "response_rates", "distributions", "paired_change", "outcomes", "contacts", "external_distributions"]
          : [undefined]) {
          texts.push(JSON.stringify(await readXlsx(xlsx, sheet)));
        }
      }
    }
    texts.push(JSON.stringify(await readXlsx((await download("wide", "xlsx")).content, "codebook")));
    const all = texts.join("\n");
    const identities = await t.db.participantIdentity.findMany();
    expect(identities.length).toBeGreaterThan(100);
    for (const identity of identities) {
      for (const secret of [identity.fullName, identity.email, identity.phone]) if (secret) expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/\b\d{6}-?\d{4}\b/);
  }, 120_000);

  it("exports the figures of the screens with small cells hidden", async () => {
    const aggregates = await csv("aggregates");
    const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    const figure = (section: string, statistic: string, occasion = "") =>
      aggregates.rows.find((r) => r.cells.section === section && r.cells.statistic === statistic && (r.cells.occasion ?? "") === occasion)?.cells.value;
    expect(figure("counts", "enrolled")).toBe(String(overview.counts.enrolled));
    const start = overview.responseRates.find((r) => r.occasion === "start")!;
    expect(figure("response_rates", "completed", "start")).toBe(String(start.completed));
    expect(figure("response_rates", "rate", "start")).toBe(String(start.rate).replace(".", ","));
    // The end rate over the page's basis (those who ended or were sent it), and status over those who ended, as on the overview.
    const end = overview.responseRates.find((r) => r.occasion === "end")!;
    expect(end.basis).toBe("reached");
    expect(figure("response_rates", "eligible", "end")).toBe(String(end.eligible));
    expect(figure("response_rates", "rate", "end")).toBe(String(end.rate).replace(".", ","));
    expect(aggregates.rows.find((r) => r.cells.section === "response_rates" && r.cells.occasion === "end")!.cells.category).toBe("reached");
    expect(figure("outcomes", "n")).toBe(String(overview.outcomes.n));
    expect(figure("outcomes", "n")).not.toBe(figure("counts", "enrolled"));
    expect(aggregates.rows.some((r) => r.cells.section === "paired_change" && r.cells.subject === "who5" && r.cells.statistic === "mean_change")).toBe(true);

    // The XLSX is for reading: the same figures in Danish words, rounded, codes kept to the right.
    const xlsx = (await download("aggregates", "xlsx")).content;
    const sheet = async (name: string) => (await readXlsx(xlsx, name)).rows.map((r) => r.cells);
    const csvValue = (section: string, subject: string, statistic: string) =>
      Number(
        aggregates.rows
          .find((r) => r.cells.section === section && r.cells.subject === subject && r.cells.statistic === statistic)!
          .cells.value!.replace(",", "."),
      );
    const change = (await sheet("paired_change")).find((r) => r.subject === "who5" && r.statistic === "mean_change")!;
    expect(change).toMatchObject({
      Instrument: "WHO-5 Trivselsindeks",
      Emne: "WHO-5 trivsel (0-100)",
      Tidspunkt: "Fra start til slut",
      Mål: "Gennemsnitlig ændring",
    });
    expect(Number(change.Værdi)).toBe(Math.round(csvValue("paired_change", "who5", "mean_change") * 10) / 10);
    const rate = (await sheet("response_rates")).find((r) => r.occasion === "start" && r.statistic === "rate")!;
    expect(rate).toMatchObject({ Tidspunkt: "Start", Mål: "Svarprocent" });
    expect(Number(rate.Værdi)).toBe(Math.round(Number(start.rate) * 1000) / 1000);
    expect((await sheet("counts")).map((r) => r.Mål)).toEqual(["Indskrevne", "Aktive", "Afsluttede"]);
    expect((await sheet("Læs mig")).map((r) => r.Ark)).toContain("paired_change");

    // One enrolment month (periods are whole months) of one organisation and gender with one or two people: counts are
    // perturbed by up to 3, but a count of 1 or 2 can never be published as 5 or more (perturbation.ts), so it shows "<5".
    const everyone = await t.db.participant.findMany({ select: { enrolledOn: true, organisationId: true, gender: true } });
    const key = (p: (typeof everyone)[number]) => `${p.enrolledOn.toISOString().slice(0, 7)}|${p.organisationId}|${p.gender}`;
    const sizes = new Map<string, number>();
    for (const p of everyone) sizes.set(key(p), (sizes.get(key(p)) ?? 0) + 1);
    const one = everyone.find((p) => sizes.get(key(p))! <= 2 && (p.gender === "female" || p.gender === "male"))!;
    const month = one.enrolledOn.toISOString().slice(0, 7);
    const small = await csv("aggregates", { enrolledFrom: month, enrolledTo: month, organisationIds: [one.organisationId], genders: [one.gender as "female"] });
    const enrolled = small.rows.find((r) => r.cells.section === "counts" && r.cells.statistic === "enrolled")!.cells.value;
    expect(enrolled).toBe("<5");
    expect(
      small.rows
        .filter((r) => r.cells.section === "paired_change" && r.cells.statistic === "mean_change")
        .every((r) => ["<5", ""].includes(r.cells.value ?? "")),
    ).toBe(true);
  });

  it("honours the participation filter as the pages do: ended only, active only", async () => {
    const today = todayLocal();
    const people = await t.db.participant.findMany({ where: { programmeId, organisationId: { in: evaluatorOf } }, select: { endedOn: true } });
    const hasEnded = (p: { endedOn: Date | null }) => !!p.endedOn && p.endedOn.toISOString().slice(0, 10) <= today;
    const truth = { ended: people.filter(hasEnded).length, active: people.filter((p) => !hasEnded(p)).length };
    expect(truth.ended).toBeGreaterThan(5);
    expect(truth.active).toBeGreaterThan(5);
    for (const participation of ["ended", "active"] as const) {
      const filter = { participation };
      const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId, filter });
      const aggregates = await csv("aggregates", filter);
      const count = (statistic: string) => aggregates.rows.find((r) => r.cells.section === "counts" && r.cells.statistic === statistic)!.cells.value;
      // The same cohort as the page, so the same (protected) counts.
      expect(count("enrolled")).toBe(String(overview.counts.enrolled));
      expect(count("ended")).toBe(String(overview.counts.ended));
      expect(count("active")).toBe(String(overview.counts.active));
      // The wide file: exactly those participants, one row each.
      const wide = await csv("wide", filter);
      const own = wide.rows.filter((r) => r.cells.respondent_type === "participant");
      expect(own.length, participation).toBe(truth[participation]);
      const endedOn = column({ ...wide, rows: own }, "ended_on");
      if (participation === "ended") expect(endedOn.every((d) => !!d && d <= today)).toBe(true);
      else expect(endedOn.every((d) => !d || d > today)).toBe(true);
    }
  });

  it("is audited as export.<shape>", async () => {
    await download("long");
    const events = await t.db.auditEvent.findMany({ where: { action: { startsWith: "export." }, targetId: programmeId } });
    expect(new Set(events.map((e) => e.action))).toEqual(new Set(["export.long", "export.wide", "export.codebook", "export.aggregates", "export.r-script"]));
    expect(JSON.parse(events.find((e) => e.action === "export.long")!.detail)).toMatchObject({ format: "csv" });
  });

  it("refuses evaluators of other organisations and mentors", async () => {
    const other = await createOrganisation(t.db, "Andet Jobcenter");
    await createProgramme(t.db, "Andet program", [other.id]);
    const outsider = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: other.id, role: "evaluator" }] })).id)).caller;
    await expectTRPCError(outsider.export.create({ organisationId: other.id, programmeId, shape: "long", format: "csv" }), "NOT_FOUND");
    await expectTRPCError(outsider.export.create({ organisationId: orgId, programmeId, shape: "long", format: "csv" }), "FORBIDDEN");
    const mentorUser = await t.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } });
    const mentor = (await signedInCaller(t.db, mentorUser.id)).caller;
    await expectTRPCError(mentor.export.create({ organisationId: orgId, programmeId, shape: "wide", format: "xlsx" }), "FORBIDDEN");
  });
});
