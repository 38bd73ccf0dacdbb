import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../shell/query-error";
import { useOrganisationId } from "../../../shell/session-context";
import { useTRPC } from "../../../trpc";
import "./programme-instruments.css";
import { InstrumentUploadForm } from "./instrument-upload-form";
import { useLang } from "../../../i18n/use-lang";

/** The programme's own questionnaires (administrators): the list, and the form that adds one. */
export function OwnInstrumentsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const list = useQuery(trpc.programmeInstrument.list.queryOptions({ organisationId, programmeId }));
  const headingId = useId();

  return (
    <section className="own-instruments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("ownInstruments.title")}</h2>
      <p>{t("ownInstruments.intro")}</p>
      <QueryError error={list.error} />
      {list.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {list.data && list.data.length === 0 ? <p>{t("ownInstruments.none")}</p> : null}
      {list.data && list.data.length > 0 ? (
        <table className="own-instruments__table">
          <caption className="ui-visually-hidden">{t("ownInstruments.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ownInstruments.colTitle")}</th>
              <th scope="col">{t("ownInstruments.colVersions")}</th>
              <th scope="col">{t("ownInstruments.colItems")}</th>
              <th scope="col">{t("ownInstruments.colScales")}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((instrument) => (
              <tr key={instrument.id}>
                <th scope="row">
                  {instrument.title[lang]} <span className="hint">({instrument.id})</span>
                </th>
                <td>{instrument.versions.join(", ")}</td>
                <td>{instrument.itemCount}</td>
                <td>{instrument.scales.length > 0 ? instrument.scales.map((s) => s.label[lang]).join(", ") : t("ownInstruments.noScales")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <InstrumentUploadForm programmeId={programmeId} />
    </section>
  );
}
