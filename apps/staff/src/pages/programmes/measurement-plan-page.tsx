import { Alert, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorKey } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { PlanEditor } from "./plan-editor";
import { PlanView } from "./plan-view";
import { OwnInstrumentsSection } from "./instruments/own-instruments-section";
import { ResearchGrantsSection } from "./research-grants-section";
import { CareSettingsSection } from "./care-settings-section";
import { ReminderDaysSection } from "./reminder-days-section";
import { ChangeNormsSection } from "./change-norms-section";
import { OwnershipSection } from "./ownership-section";

/** A programme's measurement plan: administrators edit it, mentors and evaluators read it. */
export function MeasurementPlanPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const { programmeId = "" } = useParams();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const plan = useQuery(trpc.programme.plan.queryOptions({ organisationId, programmeId }));
  const programme = programmes.data?.find((p) => p.id === programmeId);
  const name = programme?.name ?? "";
  const isAdmin = roles.includes("admin");
  // Shared settings are the owning organisation's (issue 11): other administrators read them.
  const mayEdit = isAdmin && programme?.isOwner === true;
  // The plan is the page; the programme list only gives its name. Either failing is said.
  const query = { isPending: plan.isPending, isError: plan.isError || programmes.isError, error: plan.error ?? programmes.error, data: plan.data };
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
      {programme?.owner ? (
        <p>
          {t("plan.ownedBy", { owner: programme.owner.name })}
          {programme.sharedWith.length > 0 ? ` ${t("plan.sharedWith", { others: programme.sharedWith.join(", ") })}` : null}
        </p>
      ) : null}
      <QueryState query={query} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            {data.isDefault ? (
              <Alert tone="info">
                <p>{t("plan.isDefault")}</p>
              </Alert>
            ) : null}
            {mayEdit ? (
              // Keyed by programme: another programme starts the form afresh, a save keeps it (and its message).
              <>
                <PlanEditor key={programmeId} programmeId={programmeId} data={data} />
                <OwnInstrumentsSection programmeId={programmeId} />
              </>
            ) : (
              <>
                <p className="hint">{isAdmin && programme?.owner ? t("plan.notOwner", { owner: programme.owner.name }) : t("plan.readOnly")}</p>
                <PlanView data={data} />
              </>
            )}
            {/* Care and reminders (issue 13): shared settings beside the plan, read-only for other organisations' administrators. */}
            {isAdmin || roles.includes("mentor") ? <CareSettingsSection programmeId={programmeId} mayEdit={mayEdit} owner={programme?.owner?.name} /> : null}
            {isAdmin ? <ReminderDaysSection programmeId={programmeId} mayEdit={mayEdit} owner={programme?.owner?.name} /> : null}
            {isAdmin || roles.includes("evaluator") ? <ChangeNormsSection programmeId={programmeId} mayEdit={mayEdit} owner={programme?.owner?.name} /> : null}
            {isAdmin ? <ResearchGrantsSection programmeId={programmeId} /> : null}
            {/* Who owns the shared settings, whom to ask, and for the owner's administrators the hand-over. */}
            {isAdmin ? <OwnershipSection programmeId={programmeId} /> : null}
          </>
        )}
      </QueryState>
    </>
  );
}
