// Which norm a scale's reliable change was computed from, in words beside the figures (issue
// 15): the instrument's declared one with its source, or the programme's own ("programmets egne
// normer: <source>"), so a reader can tell whose figures decided who changed reliably. Pure.
import type { TScaleNorm } from "@skridt/instruments";
import { formatNumber, formatScore, type TLang } from "./format";

const L = <T>(lang: TLang, da: T, en: T): T => (lang === "da" ? da : en);
type TRange = { min: number; max: number };

const nameOf = (source: { short?: string | undefined; citation: string }) => source.short ?? source.citation;

export function normSentence(
  args: { label: string; norm: TScaleNorm & { own: boolean }; threshold: number | null; cohortSd: number | null; range: TRange },
  lang: TLang,
): string | null {
  const { label, norm, threshold, cohortSd, range } = args;
  const rule = norm.reliableChange;
  if (!rule || threshold === null) return null;
  // One decimal, whatever the scale: WHO-5's 23.6 is not "24".
  const points = formatNumber(threshold, 1, lang);
  const r = formatNumber(rule.reliability, 2, lang);
  const coefficient =
    rule.kind === "mdc95" || rule.coefficient === "test-retest"
      ? L(lang, `test-retest-pålidelighed ${r}`, `test-retest reliability ${r}`)
      : rule.coefficient === "alpha"
        ? L(lang, `Cronbachs α ${r}`, `Cronbach's α ${r}`)
        : L(lang, `pålidelighed ${r}`, `reliability ${r}`);
  const sd =
    rule.kind === "mdc95"
      ? L(lang, "MDC95 fra studiet", "the study's MDC95")
      : rule.sd !== null
        ? `SD ${formatScore(rule.sd, range, lang)}`
        : cohortSd !== null
          ? L(
              lang,
              `deltagernes egen SD ved start (${formatScore(cohortSd, range, lang)})`,
              `the participants' own SD at the start (${formatScore(cohortSd, range, lang)})`,
            )
          : L(lang, "deltagernes egen SD ved start", "the participants' own SD at the start");
  const whose = norm.own
    ? L(lang, `programmets egne normer: ${nameOf(rule.source)}`, `the programme's own norms: ${nameOf(rule.source)}`)
    : nameOf(rule.source);
  const cut = norm.cutOff
    ? L(
        lang,
        ` Grænseværdien for «over grænsen» er ${formatScore(norm.cutOff.value, range, lang)} (${nameOf(norm.cutOff.source)}).`,
        ` The cut-off for “recovered” is ${formatScore(norm.cutOff.value, range, lang)} (${nameOf(norm.cutOff.source)}).`,
      )
    : "";
  return L(
    lang,
    `For ${label} er en ændring pålidelig, når den er større end ${points} point (${coefficient}, ${sd}; ${whose}).${cut}`,
    `For ${label}, a change is reliable when it is larger than ${points} points (${coefficient}, ${sd}; ${whose}).${cut}`,
  );
}
