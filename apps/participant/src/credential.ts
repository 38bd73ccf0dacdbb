import { normaliseCode } from "./code";

/** What proves the participant holds the link: the personal link's token, or the short code read out by a mentor. */
export type Credential = { token: string } | { code: string };

const CODE_KEY = "skridt.participant.code";

/**
 * The short code typed on the front page lives only in this tab's sessionStorage: a reload
 * resumes, but it never lands in the address bar or the history of a shared device.
 */
export function rememberCode(code: string) {
  try {
    sessionStorage.setItem(CODE_KEY, code);
  } catch {
    // Storage refused: the code then lasts until the page is reloaded.
  }
  memoryCode = code;
}

let memoryCode: string | null = null;

export function rememberedCode(): string | null {
  try {
    return sessionStorage.getItem(CODE_KEY) ?? memoryCode;
  } catch {
    return memoryCode;
  }
}

export function forgetCode() {
  memoryCode = null;
  try {
    sessionStorage.removeItem(CODE_KEY);
  } catch {
    // Nothing stored.
  }
}

/** /a/<x>: a personal link's token, or a short code someone typed into the address. */
export function credentialFromPath(segment: string): Credential {
  const code = segment.length <= 12 ? normaliseCode(segment) : null;
  return code ? { code } : { token: segment };
}

/**
 * A short, stable name for local storage keys. The raw token is a secret, so it is not used
 * as a key itself (FNV-1a, twice with different seeds for 64 bits: collisions are irrelevant here).
 */
export function credentialKey(credential: Credential): string {
  const raw = "token" in credential ? `t:${credential.token}` : `c:${credential.code}`;
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < raw.length; i++) {
      h ^= raw.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  };
  return `${hash(0x811c9dc5)}${hash(0x2a7b1c3d)}`;
}
