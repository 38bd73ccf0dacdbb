import { Card, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { contactKindLabel, statusLabel } from "./labels";
import { useLang, type Lang } from "../../i18n/use-lang";
import type { TimelineEntry } from "./use-workspace";

function describe(entry: TimelineEntry, t: TFunction, lang: Lang): string {
  switch (entry.kind) {
    case "enrolled":
      return t("timeline.enrolled");
    case "ended":
      return t("timeline.ended");
    case "survey":
      return t(`timeline.survey_${entry.state}`, { occasion: t(`surveys.noun_${entry.occasion}`, { defaultValue: entry.occasion }) });
    case "review":
      return t("timeline.review");
    case "goal":
      return t(`timeline.goal_${entry.status}`, { title: entry.title, defaultValue: entry.title });
    case "contact":
      return entry.minutes !== null
        ? t("timeline.contactMinutes", { kind: contactKindLabel(entry.contactKind, lang), count: entry.minutes })
        : t("timeline.contact", { kind: contactKindLabel(entry.contactKind, lang) });
    case "status":
      return [
        t("timeline.status", { status: statusLabel(entry.status, lang) }),
        entry.inProcess ? t("status.inProcessShort") : null,
        entry.hoursPerWeek !== null ? t("status.hours", { count: entry.hoursPerWeek }) : null,
      ]
        .filter(Boolean)
        .join(", ");
  }
}

/** Everything that happened, newest first: questionnaires, reviews, goals, contacts and status. */
export function Timeline({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const timeline = useQuery(trpc.caseload.timeline.queryOptions({ organisationId, participantId }));

  return (
    <Card title={t("timeline.title")} headingLevel={2} variant="plain">
      <QueryState query={timeline} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(entries) => (
          <ol className="timeline">
            {entries.map((entry, index) => (
              <li key={`${entry.kind}-${entry.on}-${index}`} className={`timeline__entry timeline__entry--${entry.kind}`}>
                <span className="timeline__date">{formatDay(entry.on, lang)}</span>
                <span className="timeline__kind">{t(`timeline.kind_${entry.kind}`)}</span>
                <span className="timeline__text">{describe(entry, t, lang)}</span>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Card>
  );
}
