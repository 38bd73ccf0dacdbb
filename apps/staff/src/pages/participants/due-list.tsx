import { Card, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { formatDay, today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";

// Where each kind of due item is dealt with on the participant's page.
// A care item opens the participant's page, where the follow-up panel is above the tabs.
const TAB_FOR = { review: "progression", end_questionnaire: "surveys", followup: "surveys", care: "overview" } as const;

/** The mentor's start: who needs a review, an end questionnaire or a follow-up now, oldest first. */
export function DueList({ scope }: { scope: "mine" | "organisation" }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const due = useQuery(trpc.caseload.due.queryOptions({ organisationId, scope }, { placeholderData: (previous) => previous }));
  const now = today();
  const kindText = (item: { kind: keyof typeof TAB_FOR; care?: { occasion: string } }) =>
    item.kind === "care" ? t(`due.kind_care_${item.care?.occasion ?? ""}`, { defaultValue: t("due.kind_care") }) : t(`due.kind_${item.kind}`);

  return (
    <Card title={t("due.title")} headingLevel={2} className="due-list">
      <QueryState
        query={due}
        loadingText={t("common.loading")}
        errorText={(error) => t(`errors.${errorKey(error)}`)}
        isEmpty={(items) => items.length === 0}
        empty={t("due.empty")}
      >
        {(items) => (
          <ul className="due-list__items">
            {items.map((item) => (
              <li key={`${item.participantId}-${item.kind}`} className="due-list__item">
                <Link to={`/participants/${item.participantId}?tab=${TAB_FOR[item.kind]}`}>
                  {item.name ?? item.code}
                  <span className="ui-visually-hidden">: {kindText(item)}</span>
                </Link>
                <span className="ui-code">{item.code}</span>
                <span className={item.kind === "care" ? "due-list__care" : undefined}>{kindText(item)}</span>
                <span className={item.dueOn < now && item.kind !== "care" ? "overdue" : undefined}>
                  {item.kind === "care"
                    ? t("due.careSince", { date: formatDay(item.dueOn, lang) })
                    : item.dueOn < now
                      ? t("due.overdueSince", { date: formatDay(item.dueOn, lang) })
                      : t("due.dueOn", { date: formatDay(item.dueOn, lang) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}
