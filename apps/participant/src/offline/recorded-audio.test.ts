import { defineInstrument } from "@skridt/instruments";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUDIO_CACHE, cacheRecordedAudio, recordedAudioUrls } from "./recorded-audio";

const ORIGIN = "https://skridt.example";

const withAudio = defineInstrument({
  id: "lydskema",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Lyd", en: "Sound" },
  introduction: { da: "Et skema med lyd.", en: "A form with sound." },
  source: { citation: "Test instrument with recorded audio" },
  licence: "Test",
  occasions: ["start"],
  items: [
    {
      id: "q1",
      type: "single-choice",
      prompt: { da: "Spørgsmål", en: "Question" },
      audio: { da: "/audio/lyd/q1-da.mp3", en: "/audio/lyd/q1-en.mp3" },
      options: [
        { code: 1, label: { da: "Ja", en: "Yes" }, audio: { da: "/audio/lyd/ja-da.mp3", en: `${ORIGIN}/audio/lyd/ja-en.mp3` } },
        { code: 0, label: { da: "Nej", en: "No" }, audio: { da: "https://cdn.example/nej-da.mp3", en: "/audio/lyd/q1-da.mp3" } },
      ],
    },
    { id: "q2", type: "text", prompt: { da: "Noget at tilføje?", en: "Anything to add?" } },
  ],
});

/** A CacheStorage with one cache in memory, as the browser's behaves for put/match. */
function memoryCaches() {
  const stored = new Map<string, Response>();
  const cache = {
    match: async (url: string) => stored.get(url),
    put: async (url: string, response: Response) => void stored.set(url, response),
  };
  const opened: string[] = [];
  const storage = { open: async (name: string) => (opened.push(name), cache) } as unknown as CacheStorage;
  return { storage, stored, opened };
}

describe("recorded audio for offline use", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists every recording of questions and answers in both languages once, on this site only", () => {
    expect(recordedAudioUrls([withAudio], ORIGIN)).toEqual(["/audio/lyd/q1-da.mp3", "/audio/lyd/q1-en.mp3", "/audio/lyd/ja-da.mp3", "/audio/lyd/ja-en.mp3"]);
  });

  it("finds nothing in instruments without recordings", async () => {
    const { who5 } = await import("@skridt/instruments");
    expect(recordedAudioUrls([who5], ORIGIN)).toEqual([]);
  });

  it("caches the recordings not cached yet and skips one that fails, to try again next time", async () => {
    const { storage, stored, opened } = memoryCaches();
    stored.set("/audio/lyd/q1-da.mp3", new Response("old"));
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      if (url.endsWith("q1-en.mp3")) throw new TypeError("Failed to fetch");
      return new Response(url.endsWith("ja-en.mp3") ? null : "sound", { status: url.endsWith("ja-en.mp3") ? 404 : 200 });
    });
    const added = await cacheRecordedAudio(recordedAudioUrls([withAudio], ORIGIN), storage);
    expect(opened).toEqual([AUDIO_CACHE]);
    expect(fetched).toEqual(["/audio/lyd/q1-en.mp3", "/audio/lyd/ja-da.mp3", "/audio/lyd/ja-en.mp3"]);
    expect(added).toBe(1);
    expect([...stored.keys()].sort()).toEqual(["/audio/lyd/ja-da.mp3", "/audio/lyd/q1-da.mp3"]);
  });

  it("does nothing without the Cache API (an old browser, or not a secure page)", async () => {
    expect(await cacheRecordedAudio(["/audio/x.mp3"], undefined)).toBe(0);
  });
});
