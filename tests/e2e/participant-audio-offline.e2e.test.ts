// Recorded audio offline (issue 14 sections 2 and 3): when a questionnaire's instrument carries
// recorded audio, opening the link once puts the recordings in the phone's cache, and they play
// without a connection (the service worker answers the media element's byte-range requests).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSurvey } from "@skridt/api";
import { resolveDbConfig } from "@skridt/db";
import { webAppDirs } from "@skridt/server/env";
import { seedDemo } from "@skridt/server/seed";
import { createServer, type SkridtServer } from "@skridt/server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { launchChromium } from "../support/browser";

/** A tenth of a second of silence as a WAV file (8 kHz, 8-bit mono): small, and every browser plays it. */
function silentWav(): Buffer {
  const samples = 800;
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

const RECORDINGS = ["spm-da", "spm-en", "ja-da", "ja-en", "nej-da", "nej-en"].map((name) => `/audio/lyd/${name}.wav`);
const audio = (da: string, en: string) => ({ da: `/audio/lyd/${da}.wav`, en: `/audio/lyd/${en}.wav` });

const lydskema = {
  id: "lydskema",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Lydskema", en: "Sound form" },
  introduction: { da: "Et kort skema med indlæst lyd.", en: "A short form with recorded sound." },
  source: { citation: "Test instrument for recorded audio (e2e)" },
  licence: "Test only",
  occasions: ["start"],
  items: [
    {
      id: "lyd_1",
      type: "single-choice",
      prompt: { da: "Har du det godt i dag?", en: "Are you well today?" },
      audio: audio("spm-da", "spm-en"),
      options: [
        { code: 1, label: { da: "Ja", en: "Yes" }, audio: audio("ja-da", "ja-en") },
        { code: 0, label: { da: "Nej", en: "No" }, audio: audio("nej-da", "nej-en") },
      ],
    },
  ],
};

describe("recorded audio plays offline once the questionnaire was opened", () => {
  let server: SkridtServer;
  let url: string;
  let dataDir: string;
  let webDir: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "skridt-e2e-audio-"));
    // A copy of the built participant app with the recordings beside it, as a programme would publish them.
    webDir = mkdtempSync(join(tmpdir(), "skridt-e2e-audio-web-"));
    cpSync(webAppDirs.participant, webDir, { recursive: true });
    mkdirSync(join(webDir, "audio", "lyd"), { recursive: true });
    for (const path of RECORDINGS) writeFileSync(join(webDir, path), silentWav());
    server = await createServer({
      db: resolveDbConfig({ dataDir }),
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "warn",
      webAppDirs: { participant: webDir, staff: webAppDirs.staff },
      afterMigrate: async (db) => {
        await seedDemo(db);
      },
    });
    url = await server.start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of [dataDir, webDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("caches every recording of the questionnaire and plays one without a connection, at 390 px", async () => {
    const organisation = await server.db.organisation.findFirstOrThrow({ select: { id: true } });
    const programme = await server.db.programme.create({
      data: {
        name: "Lydprogram",
        measurementPlan: JSON.stringify({ occasions: { start: ["lydskema"], end: [], followup: [] }, targets: [] }),
        organisations: { create: { organisationId: organisation.id } },
        instruments: { create: { instrumentId: lydskema.id, version: lydskema.version, definition: JSON.stringify(lydskema) } },
      },
    });
    const participant = await server.db.participant.create({
      data: { code: "LYD-E2E", organisationId: organisation.id, programmeId: programme.id, enrolledOn: new Date("2026-11-02T00:00:00Z") },
    });
    const link = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${url}/a/${link.token}`);
    await page.getByRole("group", { name: "Har du det godt i dag?" }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.evaluate<boolean>("navigator.serviceWorker.controller !== null"), { timeout: 20_000 }).toBe(true);
    const cachedRecordings = () =>
      page.evaluate<string[]>(`caches.open("skridt-audio").then((cache) => cache.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname).sort())`);
    await expect.poll(cachedRecordings, { timeout: 20_000 }).toEqual([...RECORDINGS].sort());

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("group", { name: "Har du det godt i dag?" }).waitFor({ timeout: 15_000 });
    // A media element loads the recording as the "Læs op" button would, byte ranges and all.
    const loaded = await page.evaluate<string>(`new Promise((resolve) => {
      const player = new Audio("/audio/lyd/spm-da.wav");
      player.addEventListener("canplaythrough", () => resolve("played " + player.duration.toFixed(1) + " s"), { once: true });
      player.addEventListener("error", () => resolve("error " + (player.error && player.error.code)), { once: true });
      player.load();
    })`);
    expect(loaded).toBe("played 0.1 s");
    // The button that plays the recordings is there offline too.
    await page.getByRole("button", { name: /Læs op/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
