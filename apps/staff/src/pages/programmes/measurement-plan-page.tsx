import { Alert, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { PlanEditor } from "./plan-editor";
import { PlanView } from "./plan-view";
import { OwnInstrumentsSection } from "./instruments/own-instruments-section";

/** A programme's measurement plan: administrators edit it, mentors and evaluators read it. */
export function MeasurementPlanPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const { programmeId = "" } = useParams();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const plan = useQuery(trpc.programme.plan.queryOptions({ organisationId, programmeId }));
  const name = programmes.data?.find((p) => p.id === programmeId)?.name ?? "";
  const isAdmin = roles.includes("admin");
  useDocumentTitle(name ? t("plan.title", { name }) : t("plan.documentTitle"));

  return (
    <>
      {/* Mentors reach the plan from a participant and have no programmes page to go back to. */}
      {roles.includes("evaluator") || isAdmin ? (
        <p className="back-link">
          <Link to="/programmes">{t("plan.back")}</Link>
        </p>
      ) : null}
      <h1>{name ? t("plan.title", { name }) : t("plan.documentTitle")}</h1>
      <p>{t("plan.intro")}</p>
      <QueryError error={programmes.error} />
      <QueryError error={plan.error} />
      {plan.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {plan.data ? (
        <>
          {plan.data.isDefault ? (
            <Alert tone="info">
              <p>{t("plan.isDefault")}</p>
            </Alert>
          ) : null}
          {isAdmin ? (
            // Keyed by programme: another programme starts the form afresh, a save keeps it (and its message).
            <>
              <PlanEditor key={programmeId} programmeId={programmeId} data={plan.data} />
              <OwnInstrumentsSection programmeId={programmeId} />
            </>
          ) : (
            <>
              <p className="hint">{t("plan.readOnly")}</p>
              <PlanView data={plan.data} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
