import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { offlineCopy, OFFLINE_COPY_MAX_AGE_MS, type TOpenQuestionnaire } from "./offline-copy";

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const NOW = Date.parse("2026-12-03T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

function questionnaire(over: Partial<TOpenQuestionnaire> = {}): TOpenQuestionnaire {
  return {
    respondent: "participant",
    occasion: "start",
    mode: "self",
    state: "open",
    expiresAt: new Date(NOW + 30 * DAY).toISOString(),
    aboutFirstName: null,
    instruments: [],
    ...over,
  } as TOpenQuestionnaire;
}

describe("the questionnaire's offline copy", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = memoryStorage();
    (globalThis as { window?: unknown }).window = { localStorage: storage };
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it("gives back what was saved for the same link only, under a key without the token", () => {
    offlineCopy.save("abc", questionnaire(), NOW);
    expect(offlineCopy.read("abc", NOW + DAY)?.occasion).toBe("start");
    expect(offlineCopy.read("other", NOW)).toBeNull();
    expect(storage.key(0)).toBe("skridt.offline.abc");
  });

  it("is gone once the link expires, or two weeks after it was fetched, whichever comes first", () => {
    offlineCopy.save("soon", questionnaire({ expiresAt: new Date(NOW + 2 * DAY).toISOString() }), NOW);
    expect(offlineCopy.read("soon", NOW + 2 * DAY - 1)).not.toBeNull();
    expect(offlineCopy.read("soon", NOW + 2 * DAY)).toBeNull();
    expect(storage.length).toBe(0);

    offlineCopy.save("late", questionnaire(), NOW);
    expect(offlineCopy.read("late", NOW + OFFLINE_COPY_MAX_AGE_MS)).toBeNull();
  });

  it("keeps nothing of a questionnaire that is no longer open, and forgets on request", () => {
    offlineCopy.save("k", questionnaire(), NOW);
    offlineCopy.save("k", questionnaire({ state: "submitted" }), NOW);
    expect(offlineCopy.read("k", NOW)).toBeNull();
    offlineCopy.save("k", questionnaire(), NOW);
    offlineCopy.forget("k");
    expect(storage.length).toBe(0);
  });

  it("prune removes expired copies of every link and leaves the rest", () => {
    offlineCopy.save("old", questionnaire({ expiresAt: new Date(NOW + DAY).toISOString() }), NOW);
    offlineCopy.save("fresh", questionnaire(), NOW);
    storage.setItem("skridt.outbox.fresh", "[]");
    offlineCopy.prune(NOW + 2 * DAY);
    expect(offlineCopy.read("old", NOW)).toBeNull();
    expect(offlineCopy.read("fresh", NOW + 2 * DAY)).not.toBeNull();
    expect(storage.getItem("skridt.outbox.fresh")).toBe("[]");
  });
});
