import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Credential } from "../credential";
import { api, errorKey } from "../trpc";
import { ChangeChart, type ChangeRow } from "./change-chart";
import { useLocalized } from "@skridt/questionnaire";

/** Offline: no answer from the server; the timeline below then says so once, with its kept copy. */
type State = { status: "loading" } | { status: "failed" } | { status: "offline" } | { status: "ready"; rows: ChangeRow[] };

/** The participant's own start-to-end change, said in words first and drawn once. */
export default function ChangeSection({ credential }: { credential: Credential }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    api.take.change.query(credential).then(
      (result) => !cancelled && setState({ status: "ready", rows: result.scales }),
      (error: unknown) => !cancelled && setState({ status: errorKey(error) === null ? "offline" : "failed" }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (state.status === "loading") return <p role="status">{t("thanks.changeLoading")}</p>;
  if (state.status === "failed") return <p role="status">{t("thanks.changeFailed")}</p>;
  // Without a connection "Mit forløb" below shows the same scales from its kept copy (or says
  // it could not be fetched): a second "could not be fetched" above it would contradict it.
  if (state.status === "offline") return null;
  return (
    <section className="card" aria-labelledby="change-title">
      <h2 id="change-title">{t("thanks.changeTitle")}</h2>
      {state.rows.length === 0 ? (
        <p>{t("thanks.changeNone")}</p>
      ) : (
        <>
          <p>{t("thanks.changeIntro")}</p>
          <ul className="change-list">
            {state.rows.map((row) => (
              <li key={`${row.instrumentId}/${row.scaleId}`}>
                <strong>{t("thanks.scoreLine", { label: text(row.label), start: format(row.start), end: format(row.end) })}</strong>{" "}
                {t(`thanks.${row.sentence}`)}
                {/* Said only where it is the surprise: on most scales higher is better. */}
                {row.higherIsBetter ? "" : ` ${t("thanks.lowerIsBetter")}`}
              </li>
            ))}
          </ul>
          <ChangeChart rows={state.rows} />
        </>
      )}
    </section>
  );
}

function format(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
