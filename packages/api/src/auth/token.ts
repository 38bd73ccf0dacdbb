import { createHash, randomBytes } from "node:crypto";

/** An unguessable token (256 bits) for cookies and personal links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as their SHA-256, so a copy of the database holds none that work. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
