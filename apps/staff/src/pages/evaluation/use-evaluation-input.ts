import type { TEvaluationFilter } from "@skridt/validators";
import { useMemo } from "react";
import { useParams, useSearchParams } from "react-router";
import { useOrganisationId } from "../../shell/session-context";
import { filterFromSearch } from "./evaluation-filter";

export interface EvaluationInput {
  organisationId: string;
  programmeId: string;
  filter: TEvaluationFilter;
}

/** What every evaluation query and export takes: the organisation, the programme in the path, the filter in the query. */
export function useEvaluationInput(): EvaluationInput {
  const organisationId = useOrganisationId();
  const { programmeId = "" } = useParams();
  const [search] = useSearchParams();
  const key = search.toString();
  // Memoised on the query string, so the query key is stable between renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => filterFromSearch(search), [key]);
  return useMemo(() => ({ organisationId, programmeId, filter }), [organisationId, programmeId, filter]);
}
