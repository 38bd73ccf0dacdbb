import type { TStatusEvent } from "./event";
import type { TIsoDate } from "./iso-date";

/**
 * The events in force up to `until` (inclusive), one per day, in date order.
 * Several events on the same day: the last one given wins (a same-day correction is
 * registered after the mistake), which also drops duplicates from retried saves.
 * Events after `until` are left out (planned changes are not yet in force).
 * ISO dates compare correctly as strings.
 */
export function orderedEvents(events: readonly TStatusEvent[], until?: TIsoDate): TStatusEvent[] {
  const byDay = new Map<TIsoDate, TStatusEvent>();
  for (const event of events) {
    if (until !== undefined && event.occurredOn > until) continue;
    byDay.set(event.occurredOn, event);
  }
  return [...byDay.values()].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}
