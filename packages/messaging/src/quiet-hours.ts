/**
 * Messages go out only in Danish daytime (Europe/Copenhagen, 09:00 to 20:00, summer and winter
 * time alike): a reminder at night may wake someone, and an anxious reader should get it when
 * help (the mentor) is reachable the same day.
 */
export const DAYTIME = { timeZone: "Europe/Copenhagen", startHour: 9, endHour: 20 } as const;

/** Whole hours in Copenhagen time during which messages may go out: [startHour, endHour). */
export interface THours {
  startHour: number;
  endHour: number;
}

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: DAYTIME.timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function copenhagen(at: Date) {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** The instant that is `hour`:00 on the given Copenhagen calendar day (handles the DST offset). */
function copenhagenAt(year: number, month: number, day: number, hour: number): Date {
  // Start from the same wall time read as UTC and correct by the zone's offset at that moment (twice, for the DST edges).
  let guess = Date.UTC(year, month - 1, day, hour);
  for (let i = 0; i < 2; i++) {
    const c = copenhagen(new Date(guess));
    const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
    guess += Date.UTC(year, month - 1, day, hour) - wall;
  }
  return new Date(guess);
}

/** True when `at` is inside Danish daytime. */
export function isDaytime(at: Date, hours: THours = DAYTIME): boolean {
  const { hour } = copenhagen(at);
  return hour >= hours.startHour && hour < hours.endHour;
}

/** "9-20" (the MESSAGE_HOURS setting) as hours; "0-24" sends at any time. */
export function parseHours(value: string): THours {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const startHour = Number(match?.[1]);
  const endHour = Number(match?.[2]);
  if (!match || startHour >= endHour || endHour > 24) throw new Error(`hours must look like 9-20 (start before end, at most 24), got "${value}"`);
  return { startHour, endHour };
}

/** `at` itself when it is daytime in Denmark, else the next start of the day (09:00) in Copenhagen. */
export function nextDaytime(at: Date, hours: THours = DAYTIME): Date {
  if (isDaytime(at, hours)) return at;
  const c = copenhagen(at);
  if (c.hour < hours.startHour) return copenhagenAt(c.year, c.month, c.day, hours.startHour);
  // After 20:00: tomorrow's 09:00 (Date.UTC rolls the day over month ends).
  const tomorrow = new Date(Date.UTC(c.year, c.month - 1, c.day + 1));
  return copenhagenAt(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), hours.startHour);
}
