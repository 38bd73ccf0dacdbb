import type { TEvaluationFilter } from "@skridt/validators";
import { useMemo } from "react";
import { useParams, useSearchParams } from "react-router";
import { useOrganisationId } from "../../shell/session-context";
import { filterFromSearch } from "./evaluation-filter";
import { participationFromSearch } from "./participation-filter";

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
  const filter = useMemo(() => {
    const params = new URLSearchParams(key);
    const participation = participationFromSearch(params);
    return { ...filterFromSearch(params), ...(participation !== "all" ? { participation } : {}) };
  }, [key]);
  return useMemo(() => ({ organisationId, programmeId, filter }), [organisationId, programmeId, filter]);
}
