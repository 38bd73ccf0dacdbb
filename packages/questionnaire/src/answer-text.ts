import type { TItem, TLocalizedText } from "@skridt/instruments/client";

/** An answer as the participant would say it: the option's words, a number with its unit, a date. */
export function answerText(item: TItem, value: unknown, text: (t: TLocalizedText) => string, language: string): string {
  const locale = language === "en" ? "en-GB" : "da-DK";
  switch (item.type) {
    case "single-choice": {
      const option = item.options.find((o) => o.code === value);
      return option ? text(option.label) : String(value);
    }
    case "multiple-choice":
      return (Array.isArray(value) ? value : [])
        .map((code) => item.options.find((o) => o.code === code))
        .filter((o) => o !== undefined)
        .map((o) => text(o.label))
        .join(", ");
    case "number": {
      // No thousands separator: "1984" is a year, not "1.984".
      const n = typeof value === "number" ? value.toLocaleString(locale, { useGrouping: false }) : String(value);
      return item.unit ? `${n} ${text(item.unit)}` : n;
    }
    case "date": {
      const date = new Date(`${String(value)}T12:00:00`);
      return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
    }
    case "text":
      return String(value);
  }
}
