import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionWords, auditDetailWords, auditTargetWords } from "./audit-words";

const API = join(import.meta.dirname, "../../../../../packages/api/src");
const SERVER = join(import.meta.dirname, "../../../../server/src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

/** Every action string the API and the server's CLI write to the audit log. */
function recordedActions(): string[] {
  const found = new Set<string>();
  for (const file of [...sources(API), ...sources(SERVER)]) {
    for (const m of readFileSync(file, "utf8").matchAll(/action: (?:[^,"]*\? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g)) {
      found.add(m[1]!);
      if (m[2]) found.add(m[2]);
    }
  }
  return [...found].sort();
}

describe("the audit log in words", () => {
  it("has Danish and English words for every action the API records", () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((a) => !AUDIT_ACTIONS[a])).toEqual([]);
  });

  it("says exports and unknown actions plainly", () => {
    expect(auditActionWords("export.wide", "da")).toBe("eksporterede data (wide)");
    expect(auditActionWords("participant.create", "en")).toBe("created a participant");
    expect(auditActionWords("something.new", "da")).toBe("something.new");
  });

  it("words details as short sentences and leaves ids out", () => {
    expect(auditDetailWords({ roles: ["admin", "mentor"], consentId: "c1", includeIdentity: true }, "da")).toEqual(["Roller: admin, mentor", "Med navn: ja"]);
    expect(auditDetailWords({ reason: "Forkert dag", supersedes: "a1" }, "en")).toEqual(["Reason: Forkert dag"]);
    expect(auditDetailWords(null, "da")).toEqual([]);
  });

  it("words the end and reopen reasons, not their keys", () => {
    expect(auditDetailWords({ endedOn: "2026-03-01", reason: "job", source: "manual" }, "da", "participant.end")).toEqual([
      "Afsluttet den: 2026-03-01",
      "Begrundelse: Begyndt i job",
      "Kilde: afsluttet af en medarbejder",
    ]);
    expect(auditDetailWords({ count: 3, reason: "completed" }, "en", "participant.end_many")).toEqual(["Count: 3", "Reason: Programme completed"]);
    expect(auditDetailWords({ reason: "returned", endedOn: "2026-03-01", endReason: "transferred" }, "da", "participant.reopen")).toEqual([
      "Begrundelse: Deltageren er vendt tilbage til forløbet",
      "Afsluttet den: 2026-03-01",
      "Årsag til afslutning: Overgået til anden aktør",
    ]);
    expect(auditDetailWords({ reason: "status_removed", endReason: null }, "en", "participant.reopen")).toEqual([
      "Reason: The status that ended the participation was removed",
      "Reason for ending: –",
    ]);
    // Another action's reason is free text or its own code: shown as recorded.
    expect(auditDetailWords({ reason: "job" }, "da", "participant.erase")).toEqual(["Begrundelse: job"]);
  });

  it("names what an entry is about by name or participant code", () => {
    expect(auditTargetWords({ targetType: "contact", targetLabel: null, participantCode: "K7Q-M3X" }, "da")).toBe("Kontakt (deltager K7Q-M3X)");
    expect(auditTargetWords({ targetType: "participant", targetLabel: "K7Q-M3X", participantCode: "K7Q-M3X" }, "en")).toBe("Participant K7Q-M3X");
    expect(auditTargetWords({ targetType: "user", targetLabel: "Anne Holm", participantCode: null }, "da")).toBe("Medarbejder Anne Holm");
    expect(auditTargetWords({ targetType: "survey", targetLabel: null, participantCode: null }, "en")).toBe("Questionnaire");
  });
});
