import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import type { SpiderRow } from "./chart-data";
import { SKIPPED_MARK } from "./spider-tick";

/**
 * Under a spider chart: which areas either review skipped, and on which day. The outline goes
 * straight past a skipped area, so the words (and the hollow ring beside its name) say it was
 * not scored, rather than leaving a reader to take the line for a score. Nothing when all were scored.
 */
export function SpiderSkippedNote({ rows, fromOn, toOn }: { rows: readonly SpiderRow[]; fromOn: string; toOn: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const skipped = rows.flatMap((row) => {
    const days = [...new Set([row.from === null ? fromOn : null, row.to === null ? toOn : null].filter((d): d is string => d !== null))];
    return days.length > 0 ? [`${row.label} (${days.map((d) => formatDay(d, lang)).join(` ${t("charts.and")} `)})`] : [];
  });
  if (skipped.length === 0) return null;
  return <p className="hint spider-skipped">{t("charts.skippedBelow", { list: skipped.join("; "), mark: SKIPPED_MARK })}</p>;
}
