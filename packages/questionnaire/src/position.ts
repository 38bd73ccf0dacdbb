import type { PositionStore } from "./types";

/**
 * The screen this tab was on, in sessionStorage under a key the app chooses (never a secret
 * such as a link's token): a reload comes back to the same screen, a new tab starts afresh.
 */
export function sessionPosition(storageKey: string): PositionStore {
  return {
    stored() {
      try {
        return sessionStorage.getItem(storageKey);
      } catch {
        return null;
      }
    },
    store(screenKey) {
      try {
        sessionStorage.setItem(storageKey, screenKey);
      } catch {
        // Without storage a reload starts at the first unanswered question instead.
      }
    },
  };
}
