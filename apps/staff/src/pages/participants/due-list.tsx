import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay, today } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";

// Where each kind of due item is dealt with on the participant's page.
const TAB_FOR = { review: "progression", end_questionnaire: "surveys", followup: "surveys" } as const;

/** The mentor's start: who needs a review, an end questionnaire or a follow-up now, oldest first. */
export function DueList({ scope }: { scope: "mine" | "organisation" }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const due = useQuery(trpc.caseload.due.queryOptions({ organisationId, scope }, { placeholderData: (previous) => previous }));
  const now = today();

  return (
    <section className="panel due-list" aria-labelledby="due-title">
      <h2 id="due-title">{t("due.title")}</h2>
      <QueryError error={due.error} />
      {due.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {due.data?.length === 0 ? <p>{t("due.empty")}</p> : null}
      {due.data && due.data.length > 0 ? (
        <ul className="due-list__items">
          {due.data.map((item) => (
            <li key={`${item.participantId}-${item.kind}`} className="due-list__item">
              <Link to={`/participants/${item.participantId}?tab=${TAB_FOR[item.kind]}`}>
                {item.name ?? item.code}
                <span className="ui-visually-hidden">: {t(`due.kind_${item.kind}`)}</span>
              </Link>
              <span className="code">{item.code}</span>
              <span>{t(`due.kind_${item.kind}`)}</span>
              <span className={item.dueOn < now ? "overdue" : undefined}>
                {item.dueOn < now ? t("due.overdueSince", { date: formatDay(item.dueOn, lang) }) : t("due.dueOn", { date: formatDay(item.dueOn, lang) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
