import type { TItem } from "@skridt/instruments/client";
import type { ReadAloudLang } from "./spoken-text";
import { readAloudText } from "./text";

/** "Hvad betyder det?": the question in plain words, opened on request below the validated wording. */
export function EasyReadHelp({ item, lang }: { item: TItem; lang: ReadAloudLang }) {
  if (!item.easyRead) return null;
  return (
    <details className="easy-read">
      <summary>{readAloudText[lang].easyRead}</summary>
      <p>{lang === "en" ? item.easyRead.en : item.easyRead.da}</p>
    </details>
  );
}
