import { END_REASON_LABELS, END_REASONS, type TEndReason } from "@skridt/validators";
import type { Lang } from "../../i18n/use-lang";

/** A stored end reason in the reader's language; null (an ending recorded before reasons existed) as nothing. */
export function endReasonLabel(reason: TEndReason | null, lang: Lang): string | null {
  return reason ? END_REASON_LABELS[reason][lang] : null;
}

/** The reasons as select options, in the catalogue's order. */
export function endReasonOptions(lang: Lang) {
  return END_REASONS.map((reason) => ({ value: reason, label: END_REASON_LABELS[reason][lang] }));
}
