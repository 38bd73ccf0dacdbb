import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A pseudonymous participant code such as "K7Q-M3X": random, so it reveals neither person nor order. */
export function newParticipantCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

/** The form of a name that search compares: lower case in Danish, single spaces. */
export function searchName(name: string): string {
  return name.toLocaleLowerCase("da").replace(/\s+/g, " ").trim();
}
