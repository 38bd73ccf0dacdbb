import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { timelineCopy, TIMELINE_COPY_MAX_AGE_MS, type TTimeline } from "./timeline-copy";

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
const timeline = { scales: [], reviews: [] } as unknown as TTimeline;

describe("the timeline's offline copy", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = memoryStorage();
    (globalThis as { window?: unknown }).window = { localStorage: storage };
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it("gives back what was fetched and when, for the same link only, under a key without the token", () => {
    timelineCopy.save("abc", { occasion: "end", expiresAt: null, timeline }, NOW);
    expect(timelineCopy.read("abc", NOW + DAY)).toEqual({ occasion: "end", expiresAt: null, timeline, fetchedAt: NOW });
    expect(timelineCopy.read("other", NOW)).toBeNull();
    expect(storage.key(0)).toBe("skridt.timeline.abc");
  });

  it("is gone once the link expires, or two weeks after it was fetched, whichever comes first", () => {
    timelineCopy.save("soon", { occasion: "start", expiresAt: new Date(NOW + 2 * DAY).toISOString(), timeline }, NOW);
    expect(timelineCopy.read("soon", NOW + 2 * DAY - 1)).not.toBeNull();
    expect(timelineCopy.read("soon", NOW + 2 * DAY)).toBeNull();
    expect(storage.length).toBe(0);

    timelineCopy.save("late", { occasion: "start", expiresAt: null, timeline }, NOW);
    expect(timelineCopy.read("late", NOW + TIMELINE_COPY_MAX_AGE_MS - 1)).not.toBeNull();
    expect(timelineCopy.read("late", NOW + TIMELINE_COPY_MAX_AGE_MS)).toBeNull();
  });

  it("drops an unreadable copy, forgets on request, and prune keeps only live copies and other keys", () => {
    storage.setItem("skridt.timeline.broken", "{not json");
    expect(timelineCopy.read("broken", NOW)).toBeNull();
    expect(storage.getItem("skridt.timeline.broken")).toBeNull();

    timelineCopy.save("k", { occasion: "end", expiresAt: null, timeline }, NOW);
    timelineCopy.forget("k");
    expect(storage.length).toBe(0);

    timelineCopy.save("old", { occasion: "end", expiresAt: new Date(NOW + DAY).toISOString(), timeline }, NOW);
    timelineCopy.save("fresh", { occasion: "end", expiresAt: null, timeline }, NOW);
    storage.setItem("skridt.offline.fresh", "{}");
    timelineCopy.prune(NOW + 2 * DAY);
    expect(timelineCopy.read("old", NOW)).toBeNull();
    expect(timelineCopy.read("fresh", NOW + 2 * DAY)).not.toBeNull();
    expect(storage.getItem("skridt.offline.fresh")).toBe("{}");
  });
});
