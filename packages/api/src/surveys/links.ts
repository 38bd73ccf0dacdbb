import { randomInt } from "node:crypto";
import { hashToken, newToken } from "../auth/token";

/** How long a personal link works unless renewed. */
export const SURVEY_LINK_DAYS = 60;

// No 0/O, 1/I/L: the short code is read aloud and typed on a phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export interface SurveyCredentials {
  token: string;
  shortCode: string;
  tokenHash: string;
  shortCodeHash: string;
  expiresAt: Date;
}

/** A link token (256 bits) and a short code (8 characters, about 40 bits, throttled per address). */
export function newSurveyCredentials(now = new Date()): SurveyCredentials {
  const token = newToken();
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const shortCode = `${chars.slice(0, 4)}-${chars.slice(4)}`;
  return {
    token,
    shortCode,
    tokenHash: hashToken(token),
    shortCodeHash: hashShortCode(shortCode),
    expiresAt: new Date(now.getTime() + SURVEY_LINK_DAYS * 24 * 60 * 60 * 1000),
  };
}

/** Codes are typed by hand: case, spaces and dashes do not matter. */
export function hashShortCode(code: string): string {
  return hashToken(`code:${code.toUpperCase().replace(/[^0-9A-Z]/g, "")}`);
}
