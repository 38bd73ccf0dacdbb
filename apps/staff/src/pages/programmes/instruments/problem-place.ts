// A problem's JSON path (`items[2] ("ude").options[1].code`) in plain words for the list of
// problems: "Spørgsmål 3 «ude» › svarmulighed 2 › code". Field names stay as written in the
// file, so the author can find them.

type Lang = "da" | "en";

const LISTS: Record<string, Record<Lang, string>> = {
  items: { da: "Spørgsmål", en: "Question" },
  scales: { da: "Skala", en: "Scale" },
  options: { da: "Svarmulighed", en: "Option" },
  cutoffs: { da: "Grænse", en: "Cut-off" },
  recode: { da: "Omkodning", en: "Recode" },
  occasions: { da: "Måletidspunkt", en: "Occasion" },
};

const WHOLE: Record<Lang, string> = { da: "Hele filen", en: "The whole file" };

export function problemPlace(path: string, lang: Lang): string {
  if (path === "(root)") return WHOLE[lang];
  const parts: string[] = [];
  // A name, optionally followed by [index] and ("id").
  for (const match of path.matchAll(/\.?([A-Za-z_][\w-]*)?(?:\[(\d+)\])?(?: \("([^"]*)"\))?/g)) {
    const [, name, index, id] = match;
    if (!name && index === undefined) continue;
    const list = name ? LISTS[name] : undefined;
    if (index !== undefined) {
      const label = list?.[lang] ?? name ?? "";
      parts.push(`${label} ${Number(index) + 1}${id ? ` «${id}»` : ""}`.trim());
    } else if (name) {
      parts.push(list?.[lang] ?? name);
    }
  }
  return parts.join(" › ") || path;
}
