import { z } from "zod";
import { ZId } from "../text";
import { ZHelpContact, builtinHelpContacts, type THelpContact } from "./help";
import { builtinCareRules, type TCareRule } from "./rules";

/**
 * A programme's care settings (Programme.careSettings, JSON; "" = built-in). A programme may
 * tighten a built-in rule (care sooner: a higher "low" level, a smaller "drop"), never loosen
 * it, and may replace the help list shown to its participants.
 */
export const ZCareSettings = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        instrumentId: ZId,
        scaleId: ZId,
        lowAtMost: z.number().optional(),
        dropAtLeast: z.number().positive().optional(),
      }),
    )
    .max(50)
    .default([]),
  /** Replaces the built-in help list when given. */
  help: z.array(ZHelpContact).min(1).max(12).optional(),
});
export type TCareSettings = z.infer<typeof ZCareSettings>;
export type TCareSettingsInput = z.input<typeof ZCareSettings>;

export type TCareSettingsProblem =
  | { kind: "unknown_rule"; instrumentId: string; scaleId: string }
  | { kind: "looser_than_builtin"; instrumentId: string; scaleId: string; field: "lowAtMost" | "dropAtLeast"; builtin: number };

/** Problems that make a programme's settings unacceptable: a rule for a scale without a built-in rule, or one that loosens it. */
export function checkCareSettings(settings: TCareSettings, builtin: readonly TCareRule[] = builtinCareRules): TCareSettingsProblem[] {
  const problems: TCareSettingsProblem[] = [];
  for (const own of settings.rules) {
    const base = builtin.find((r) => r.instrumentId === own.instrumentId && r.scaleId === own.scaleId);
    if (!base) {
      problems.push({ kind: "unknown_rule", instrumentId: own.instrumentId, scaleId: own.scaleId });
      continue;
    }
    if (own.lowAtMost !== undefined && base.low && own.lowAtMost < base.low.atMost)
      problems.push({ kind: "looser_than_builtin", instrumentId: own.instrumentId, scaleId: own.scaleId, field: "lowAtMost", builtin: base.low.atMost });
    if (own.dropAtLeast !== undefined && base.drop && own.dropAtLeast > base.drop.atLeast)
      problems.push({ kind: "looser_than_builtin", instrumentId: own.instrumentId, scaleId: own.scaleId, field: "dropAtLeast", builtin: base.drop.atLeast });
  }
  return problems;
}

const programmeSource = { citation: "Tightened by the programme's care settings." };

/**
 * The rules in force for a programme: the built-in ones, each tightened where the programme
 * says so. A looser value is ignored (stored settings are checked on save; this is the
 * second line, so a bad stored value can never make care rarer).
 */
export function effectiveCareRules(settings: TCareSettings | null, builtin: readonly TCareRule[] = builtinCareRules): TCareRule[] {
  return builtin.map((base) => {
    const own = settings?.rules.find((r) => r.instrumentId === base.instrumentId && r.scaleId === base.scaleId);
    if (!own) return base;
    const rule: TCareRule = { ...base };
    if (base.low && own.lowAtMost !== undefined && own.lowAtMost > base.low.atMost) rule.low = { atMost: own.lowAtMost, source: programmeSource };
    if (base.drop && own.dropAtLeast !== undefined && own.dropAtLeast < base.drop.atLeast) rule.drop = { atLeast: own.dropAtLeast, source: programmeSource };
    return rule;
  });
}

/** The help list in force for a programme. */
export function effectiveHelpContacts(settings: TCareSettings | null): readonly THelpContact[] {
  return settings?.help ?? builtinHelpContacts;
}

/** Parses Programme.careSettings as stored: "" (or anything unreadable) means the built-in defaults. */
export function careSettingsFromStored(stored: string): TCareSettings | null {
  if (!stored) return null;
  try {
    const parsed = ZCareSettings.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
