import type { RouterOutputs } from "@skridt/api";
import { DataTable, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CreateProgrammeForm } from "./create-programme-form";

type Programme = RouterOutputs["programme"]["list"][number];

/** Programmes with participant counts; evaluators read, administrators also create. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  useDocumentTitle(t("programmes.title"));

  const columns: DataTableColumn<Programme>[] = [
    {
      key: "name",
      header: t("programmes.name"),
      rowHeader: true,
      cell: (p) => (
        <>
          <Link to={`/programmes/${p.id}/evaluation`} aria-label={t("evaluation.openFor", { name: p.name })}>
            {p.name}
          </Link>
          {p.description ? <span className="cell-note">{p.description}</span> : null}
        </>
      ),
    },
    { key: "interval", header: t("programmes.reviewInterval"), cell: (p) => t("programmes.reviewEvery", { count: p.reviewIntervalDays }) },
    { key: "owner", header: t("programmes.owner"), cell: (p) => p.owner?.name ?? "" },
    // Evaluators get no exact counts (they would undo the protected figures' protection).
    ...(roles.includes("admin") || roles.includes("mentor")
      ? ([
          { key: "participants", header: t("programmes.participants"), align: "end", cell: (p) => p.participants },
          { key: "active", header: t("programmes.active"), align: "end", cell: (p) => p.active },
        ] satisfies DataTableColumn<Programme>[])
      : []),
    {
      key: "plan",
      header: t("plan.link"),
      cell: (p) => (
        <Link to={`/programmes/${p.id}/plan`} aria-label={t("plan.linkFor", { name: p.name })}>
          {t("plan.link")}
        </Link>
      ),
    },
  ];

  return (
    <>
      <h1>{t("programmes.title")}</h1>
      <QueryState query={programmes} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <DataTable caption={t("programmes.caption")} columns={columns} rows={data} rowKey={(p) => p.id} empty={t("programmes.empty")} />}
      </QueryState>
      {roles.includes("admin") ? <CreateProgrammeForm /> : null}
    </>
  );
}
