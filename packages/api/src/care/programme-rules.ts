import type { Db } from "@skridt/db";
import { careSettingsFromStored, effectiveCareRules, effectiveHelpContacts, type TCareRule, type THelpContact } from "@skridt/instruments";

export interface TProgrammeCare {
  rules: TCareRule[];
  help: readonly THelpContact[];
}

/** The care rules and help list in force for one programme (built-in, tightened by its settings). */
export function programmeCareFromStored(careSettings: string): TProgrammeCare {
  const settings = careSettingsFromStored(careSettings);
  return { rules: effectiveCareRules(settings), help: effectiveHelpContacts(settings) };
}

export async function programmeCare(db: Db, programmeId: string): Promise<TProgrammeCare> {
  const row = await db.programme.findUnique({ where: { id: programmeId }, select: { careSettings: true } });
  return programmeCareFromStored(row?.careSettings ?? "");
}
