// The built apps as the server sends them (issue 14, "Fast"): the precompressed copy the
// browser accepts, hashed files cached for a year, pages and the service worker revalidated.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSurvey, newParticipantCode } from "@skridt/api";
import { createServer, type SkridtServer } from "../../apps/server/src/server";
import { createOrganisation, createProgramme } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without any decoding, so the bytes on the wire and their headers can be checked. */
function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

const IMMUTABLE = "public, max-age=31536000, immutable";

/** A file as a Vite build with the precompress plugin leaves it: x, x.br, x.gz. */
function writeBuilt(path: string, content: string) {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

describe(`built apps over HTTP on ${engine}`, () => {
  let t: TestDatabase;
  let server: SkridtServer;
  let base: string;
  let webDir: string;
  let token: string;
  const script = `console.log(${JSON.stringify("participant ".repeat(200))});\n`;
  const page = `<!doctype html><html lang="da"><head><title>Skridt</title></head><body>${"<!-- padding -->".repeat(60)}<div id="root"></div></body></html>`;

  beforeAll(async () => {
    t = await createTestDatabase();
    const organisation = await createOrganisation(t.db, "Static Org");
    const programme = await createProgramme(t.db, "Static Programme", [organisation.id]);
    const person = await t.db.participant.create({
      data: { code: newParticipantCode(), organisationId: organisation.id, programmeId: programme.id, enrolledOn: new Date() },
    });
    token = (await createSurvey(t.db, { participantId: person.id, occasion: "start", mode: "self", createdById: null })).token;
    webDir = mkdtempSync(join(tmpdir(), "skridt-static-"));
    const participant = join(webDir, "participant");
    const staff = join(webDir, "staff");
    writeBuilt(join(participant, "index.html"), page);
    writeBuilt(join(participant, "assets", "index-BtLxUt48.js"), script);
    writeBuilt(join(participant, "sw.js"), `self.addEventListener("fetch", () => {});\n${"// worker\n".repeat(80)}`);
    writeBuilt(join(staff, "index.html"), page.replace("Skridt", "Skridt staff"));
    writeBuilt(join(staff, "assets", "vendor-C1a2B3c4.js"), script.replace("participant", "staff"));
    // A file the build did not compress (too small to gain): sent as it is.
    mkdirSync(join(participant, "assets"), { recursive: true });
    writeFileSync(join(participant, "assets", "tiny-D9x8Y7z6.css"), "a{}");
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant, staff },
    });
    base = await server.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it("sends a hashed file brotli-compressed when accepted, gzip otherwise, plain to a client accepting neither; cached for a year", async () => {
    const br = await fetchRaw(`${base}/assets/index-BtLxUt48.js`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length);
    expect(br.headers["cache-control"]).toBe(IMMUTABLE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gz = await fetchRaw(`${base}/assets/index-BtLxUt48.js`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);
    expect(gz.headers["cache-control"]).toBe(IMMUTABLE);

    const plain = await fetchRaw(`${base}/assets/index-BtLxUt48.js`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers["cache-control"]).toBe(IMMUTABLE);

    const tiny = await fetchRaw(`${base}/assets/tiny-D9x8Y7z6.css`, { "accept-encoding": "br, gzip" });
    expect(tiny.status).toBe(200);
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("a{}");
  });

  it("revalidates the pages (front page, a personal link's page) and the service worker, and answers an unchanged one with 304", async () => {
    for (const path of ["/", "/a/some-personal-token-that-is-long", "/sw.js"]) {
      const response = await fetchRaw(`${base}${path}`, { "accept-encoding": "br" });
      expect(response.status, path).toBe(200);
      expect(response.headers["cache-control"], path).toBe("no-cache");
      expect(response.headers["content-encoding"], path).toBe("br");
      expect(response.headers.etag, path).toBeTruthy();
      const again = await fetchRaw(`${base}${path}`, { "accept-encoding": "br", "if-none-match": String(response.headers.etag) });
      expect(again.status, path).toBe(304);
    }
    const home = await fetchRaw(`${base}/a/some-personal-token-that-is-long`, { "accept-encoding": "br" });
    expect(brotliDecompressSync(home.body).toString()).toBe(page);
  });

  it("serves the staff app the same way under /staff/", async () => {
    const asset = await fetchRaw(`${base}/staff/assets/vendor-C1a2B3c4.js`, { "accept-encoding": "br" });
    expect(asset.headers["content-encoding"]).toBe("br");
    expect(asset.headers["cache-control"]).toBe(IMMUTABLE);
    const route = await fetchRaw(`${base}/staff/participants`, { "accept-encoding": "gzip" });
    expect(route.headers["content-encoding"]).toBe("gzip");
    expect(route.headers["cache-control"]).toBe("no-cache");
    expect(gunzipSync(route.body).toString()).toContain("Skridt staff");
  });

  it("compresses the questionnaire a personal link opens (take.open), still JSON and never cached", async () => {
    const url = `${base}/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token }))}`;
    const plain = await fetchRaw(url, { "accept-encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const json = plain.body.toString();
    expect((JSON.parse(json) as { result: { data: { instruments: unknown[] } } }).result.data.instruments.length).toBeGreaterThan(0);

    const br = await fetchRaw(url, { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/application\/json/);
    expect(br.headers["cache-control"]).toBe("no-store");
    expect(br.body.length).toBeLessThan(json.length / 2);
    expect(brotliDecompressSync(br.body).toString()).toBe(json);

    const gz = await fetchRaw(url, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(json);

    // A refusal keeps its status through the compression.
    const unknown = await fetchRaw(`${base}/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: "x".repeat(43) }))}`, {
      "accept-encoding": "br",
    });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
  });

  it("keeps API answers out of every cache", async () => {
    const response = await fetchRaw(`${base}/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: "x".repeat(40) }))}`, {
      "accept-encoding": "br",
    });
    expect(response.headers["cache-control"]).toBe("no-store");
  });
});
