import type { AppRouter } from "@skridt/api";
import type { inferRouterOutputs } from "@trpc/server";

/** What take.open answers for an open questionnaire: its definitions, the answers the server has, the link's expiry. */
export type TOpenQuestionnaire = inferRouterOutputs<AppRouter>["take"]["open"];

interface StoredCopy {
  savedAt: number;
  questionnaire: TOpenQuestionnaire;
}

const PREFIX = "skridt.offline.";
/** A copy lasts as long as the link, and never more than two weeks after it was last fetched. */
export const OFFLINE_COPY_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function expiresAt(copy: StoredCopy): number {
  const linkExpiry = Date.parse(copy.questionnaire.expiresAt);
  const maxAge = copy.savedAt + OFFLINE_COPY_MAX_AGE_MS;
  return Number.isFinite(linkExpiry) ? Math.min(linkExpiry, maxAge) : maxAge;
}

/**
 * The open questionnaire, kept on this device so the personal link opens without a connection
 * (the service worker keeps the app itself). It holds the questions and the answers the server
 * already had, for one link, keyed by a hash of the credential (never the token). It is written
 * only while the questionnaire is open and removed when it is sent, when the server says the
 * link is no longer open, and when it is older than the link or two weeks: on a shared phone,
 * answers should not linger.
 */
export const offlineCopy = {
  save(key: string, questionnaire: TOpenQuestionnaire, now = Date.now()) {
    if (questionnaire.state !== "open") return offlineCopy.forget(key);
    try {
      storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: now, questionnaire } satisfies StoredCopy));
    } catch {
      // Full or refused storage: the questionnaire then needs a connection to open, as before.
    }
  },

  read(key: string, now = Date.now()): TOpenQuestionnaire | null {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return null;
    try {
      const copy = JSON.parse(raw) as StoredCopy;
      if (expiresAt(copy) <= now) {
        offlineCopy.forget(key);
        return null;
      }
      return copy.questionnaire;
    } catch {
      offlineCopy.forget(key);
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
    for (const key of keys) offlineCopy.read(key.slice(PREFIX.length), now);
  },
};
