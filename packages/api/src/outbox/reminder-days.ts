import { z } from "zod";

/** Programme.reminderDays: whole days after the invitation, ascending, at most three reminders. */
export const ZReminderDays = z.array(z.number().int().min(1).max(60)).max(3);

export const DEFAULT_REMINDER_DAYS = [3, 7];

/** The stored value, or the default when it cannot be read (never fewer reminders by accident). */
export function reminderDaysOf(stored: string): number[] {
  try {
    const parsed = ZReminderDays.safeParse(JSON.parse(stored));
    if (parsed.success) return [...parsed.data].sort((a, b) => a - b);
  } catch {
    // fall through to the default
  }
  return DEFAULT_REMINDER_DAYS;
}
