import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";

type CareSettings = RouterOutputs["care"]["settings"];
type Rule = CareSettings["rules"][number];

/** The scale's name in words where the texts know it, else its ids. */
export function useScaleName() {
  const { t, i18n } = useTranslation();
  return (rule: Pick<Rule, "instrumentId" | "scaleId">) => {
    const key = `careSettings.scale_${rule.scaleId}`;
    return i18n.exists(key) ? t(key) : `${rule.instrumentId} / ${rule.scaleId}`;
  };
}

/**
 * The care rules in force beside the built-in ones, each with its source: what an
 * administrator tightens from and why the built-in value is what it is.
 */
export function CareRulesView({ data }: { data: CareSettings }) {
  const { t } = useTranslation();
  const scaleName = useScaleName();
  const sources = new Map<string, { citation: string; url?: string | undefined }>();
  for (const rule of data.builtin.rules) {
    for (const s of [rule.low?.source, rule.drop?.source, rule.reliableChange?.source]) if (s) sources.set(s.citation, s);
  }
  return (
    <>
      {data.builtin.rules.map((base) => {
        const now = data.rules.find((r) => r.instrumentId === base.instrumentId && r.scaleId === base.scaleId) ?? base;
        const lowTightened = base.low && now.low && now.low.atMost !== base.low.atMost;
        const dropTightened = base.drop && now.drop && now.drop.atLeast !== base.drop.atLeast;
        return (
          <div key={`${base.instrumentId}/${base.scaleId}`}>
            <h4>{scaleName(base)}</h4>
            <ul>
              {base.low ? (
                <li>
                  {t("careSettings.lowInForce", { value: now.low?.atMost ?? base.low.atMost })}
                  {lowTightened ? ` (${t("careSettings.tightened")}; ${t("careSettings.builtin").toLowerCase()}: ${base.low.atMost})` : null}
                </li>
              ) : null}
              {base.drop ? (
                <li>
                  {t("careSettings.dropInForce", { value: now.drop?.atLeast ?? base.drop.atLeast })}
                  {dropTightened ? ` (${t("careSettings.tightened")}; ${t("careSettings.builtin").toLowerCase()}: ${base.drop.atLeast})` : null}
                </li>
              ) : null}
            </ul>
            {base.reliableChange ? <p className="hint">{t("careSettings.reliableChange", { value: base.reliableChange.atLeast })}</p> : null}
          </div>
        );
      })}
      <details>
        <summary>{t("careSettings.sources")}</summary>
        <ul>
          {[...sources.values()].map((s) => (
            <li key={s.citation}>
              {s.citation}
              {s.url ? (
                <>
                  {" "}
                  <a href={s.url} rel="noreferrer" target="_blank">
                    {t("careSettings.openSource", { host: new URL(s.url).host })}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
