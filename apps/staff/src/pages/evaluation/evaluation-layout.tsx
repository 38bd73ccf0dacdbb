import { Alert } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { FilterBar } from "./filter-bar";
import { ParticipationFilter } from "./participation-filter";
import { ShareDigitsToggle } from "./share-digits";
import { useEvaluationInput } from "./use-evaluation-input";

const SECTIONS = [
  { path: "", key: "overview" },
  { path: "questionnaires", key: "questionnaires" },
  { path: "progression", key: "progression" },
  { path: "contacts", key: "contacts" },
  { path: "groups", key: "breakdown" },
  { path: "export", key: "export" },
] as const;

/**
 * A programme seen by an evaluator: its name, the sections as links (real URLs, so each
 * can be bookmarked and the browser's back button works), the shared filter, then the section.
 */
export function EvaluationLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const { search } = useLocation();
  // The overview answers with the programme's name and the organisations this evaluator may
  // see; the overview section asks the same query (unless a status date is chosen), so it is fetched once.
  const overview = useQuery(trpc.evaluation.overview.queryOptions(input));
  const base = `/programmes/${input.programmeId}/evaluation`;

  return (
    <>
      <p className="back-link">
        <Link to="/programmes">{t("evaluation.backToProgrammes")}</Link>
      </p>
      <h1>{overview.data?.programme.name ?? t("evaluation.title")}</h1>
      {/* Only the error: each section says its own loading line. */}
      {overview.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(overview.error)}`)}</p>
        </Alert>
      ) : null}
      <nav aria-label={t("evaluation.sectionsLabel")} className="evaluation-nav">
        <ul className="evaluation-nav__list">
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <NavLink to={{ pathname: section.path ? `${base}/${section.path}` : base, search }} end className="evaluation-nav__link">
                {t(`evaluation.sections.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {overview.data ? <FilterBar organisations={overview.data.organisations} /> : null}
      <div className="evaluation-view-options">
        <ParticipationFilter />
        <ShareDigitsToggle />
      </div>
      <Outlet />
    </>
  );
}
