import type { AppRouter } from "@skridt/api";
import type { inferRouterOutputs } from "@trpc/server";

/** What take.timeline answers: the participant's own scale scores per occasion and the reviews shared with them. */
export type TTimeline = inferRouterOutputs<AppRouter>["take"]["timeline"];

export interface TTimelineCopy {
  /** When the device last fetched it (ms since the epoch): shown beside "vist uden forbindelse". */
  fetchedAt: number;
  /** The occasion of the questionnaire behind the link, so the thank-you page can open offline. */
  occasion: string;
  /** The link's expiry, when known: the copy never outlives the link. */
  expiresAt: string | null;
  timeline: TTimeline;
}

const PREFIX = "skridt.timeline.";
/** Like the questionnaire's offline copy: as long as the link, and never more than two weeks after it was fetched. */
export const TIMELINE_COPY_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function expiresAt(copy: TTimelineCopy): number {
  const maxAge = copy.fetchedAt + TIMELINE_COPY_MAX_AGE_MS;
  const linkExpiry = copy.expiresAt ? Date.parse(copy.expiresAt) : NaN;
  return Number.isFinite(linkExpiry) ? Math.min(linkExpiry, maxAge) : maxAge;
}

/**
 * "Mit forløb" as last fetched, kept on this device so the participant's own link shows it
 * without a connection (the service worker keeps the app itself). Keyed by a hash of the
 * credential (never the token), one copy per link. The participant's own figures are personal:
 * the copy goes when the server says the link is no longer valid, when the link expires, and two
 * weeks after it was fetched, so on a shared phone they do not linger.
 */
export const timelineCopy = {
  save(key: string, copy: Omit<TTimelineCopy, "fetchedAt">, now = Date.now()) {
    try {
      storage()?.setItem(PREFIX + key, JSON.stringify({ ...copy, fetchedAt: now } satisfies TTimelineCopy));
    } catch {
      // Full or refused storage: the timeline then needs a connection, as before.
    }
  },

  read(key: string, now = Date.now()): TTimelineCopy | null {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return null;
    try {
      const copy = JSON.parse(raw) as TTimelineCopy;
      if (typeof copy.fetchedAt !== "number" || !copy.timeline || expiresAt(copy) <= now) {
        timelineCopy.forget(key);
        return null;
      }
      return copy;
    } catch {
      timelineCopy.forget(key);
      return null;
    }
  },

  forget(key: string) {
    try {
      storage()?.removeItem(PREFIX + key);
    } catch {
      // Nothing stored.
    }
  },

  /** Removes every expired copy on this device (run at start, whichever link is opened). */
  prune(now = Date.now()) {
    const store = storage();
    if (!store) return;
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
    for (const key of keys) timelineCopy.read(key.slice(PREFIX.length), now);
  },
};
