// Companies and volunteer mentors named in a file (employers' answers, company contacts), found
// in the organisation's registers by name, CVR or e-mail, or planned as new register entries
// when the mapping allows it (createRespondents). New ones are created in the import's
// transaction, so a refused file leaves the registers as they were.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import { fold } from "./row-checks";
import type { Tx } from "./tx";

export type RespondentKind = "company" | "volunteer";

export interface RespondentRegister {
  /** The register entry for a cell's text: an existing id, a planned new one, or null. */
  resolve(text: string): { id: string; name: string } | null;
  /** Entries this import adds (only with createRespondents). */
  created(): { id: string; name: string }[];
}

export async function loadRegister(db: Db, kind: RespondentKind, organisationId: string, mayCreate: boolean): Promise<RespondentRegister> {
  const byKey = new Map<string, { id: string; name: string }>();
  if (kind === "company") {
    const companies = await db.company.findMany({ where: { organisationId }, select: { id: true, name: true, cvr: true } });
    for (const c of companies) {
      if (c.cvr) byKey.set(fold(c.cvr), { id: c.id, name: c.name });
      if (!byKey.has(fold(c.name))) byKey.set(fold(c.name), { id: c.id, name: c.name });
    }
  } else {
    const volunteers = await db.volunteer.findMany({ where: { organisationId }, select: { id: true, name: true, email: true } });
    for (const v of volunteers) {
      if (v.email) byKey.set(fold(v.email), { id: v.id, name: v.name });
      if (!byKey.has(fold(v.name))) byKey.set(fold(v.name), { id: v.id, name: v.name });
    }
  }
  const fresh: { id: string; name: string }[] = [];
  return {
    resolve(text) {
      const key = fold(text);
      if (!key) return null;
      const found = byKey.get(key);
      if (found || !mayCreate) return found ?? null;
      const made = { id: randomUUID(), name: text.trim().replace(/\s+/g, " ") };
      byKey.set(key, made);
      fresh.push(made);
      return made;
    },
    created: () => fresh,
  };
}

export async function writeRegister(tx: Tx, kind: RespondentKind, organisationId: string, register: RespondentRegister | null): Promise<number> {
  const data = register?.created().map((r) => ({ id: r.id, organisationId, name: r.name })) ?? [];
  if (data.length === 0) return 0;
  return kind === "company" ? (await tx.company.createMany({ data })).count : (await tx.volunteer.createMany({ data })).count;
}
