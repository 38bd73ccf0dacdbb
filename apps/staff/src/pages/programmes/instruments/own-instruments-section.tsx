import type { RouterOutputs } from "@skridt/api";
import { Card, DataTable, QueryState, type DataTableColumn } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../../errors";
import { useOrganisationId } from "../../../shell/session-context";
import { useTRPC } from "../../../trpc";
import "./programme-instruments.css";
import { InstrumentUploadForm } from "./instrument-upload-form";
import { useLang } from "../../../i18n/use-lang";

type OwnInstrument = RouterOutputs["programmeInstrument"]["list"][number];

/** The programme's own questionnaires (administrators): the list, and the form that adds one. */
export function OwnInstrumentsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const list = useQuery(trpc.programmeInstrument.list.queryOptions({ organisationId, programmeId }));

  const columns: DataTableColumn<OwnInstrument>[] = [
    {
      key: "title",
      header: t("ownInstruments.colTitle"),
      rowHeader: true,
      cell: (instrument) => (
        <>
          {instrument.title[lang]} <span className="hint">({instrument.id})</span>
        </>
      ),
    },
    { key: "versions", header: t("ownInstruments.colVersions"), cell: (instrument) => instrument.versions.join(", ") },
    { key: "items", header: t("ownInstruments.colItems"), cell: (instrument) => instrument.itemCount },
    {
      key: "scales",
      header: t("ownInstruments.colScales"),
      cell: (instrument) => (instrument.scales.length > 0 ? instrument.scales.map((s) => s.label[lang]).join(", ") : t("ownInstruments.noScales")),
    },
  ];

  return (
    <Card title={t("ownInstruments.title")} headingLevel={2} variant="plain" className="own-instruments">
      <p>{t("ownInstruments.intro")}</p>
      <p>
        <Link to={`/programmes/${programmeId}/instruments/new`}>{t("questionnaireBuilder.openLink")}</Link>
      </p>
      <QueryState query={list} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <DataTable
            caption={t("ownInstruments.title")}
            columns={columns}
            rows={data}
            rowKey={(instrument) => instrument.id}
            empty={t("ownInstruments.none")}
          />
        )}
      </QueryState>
      <InstrumentUploadForm programmeId={programmeId} />
    </Card>
  );
}
