import type { ReactNode } from "react";
import { Alert } from "./alert";
import { LoadingStatus } from "./loading-status";
import { hasQueryError, type TQueryLike } from "./query-like";

export interface QueryStateProps<T> {
  query: TQueryLike<T>;
  /** Said (role=status) while the query is pending. */
  loadingText: string;
  /** The sentence for a failed query; the app turns its error keys into words itself. */
  errorText: (error: unknown) => ReactNode;
  /** When given, data for which this is true shows `empty` (in a paragraph) instead of the content. */
  isEmpty?: (data: T) => boolean;
  /** "Ingen deltagere endnu" and the like; without it, empty data shows nothing. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * Loading line, error alert and content around one query, in the order the staff pages have
 * always drawn them: the error (role=alert) first, then the loading line (role=status), then
 * the content as soon as there is data. A failed refetch shows the error above the old data.
 */
export function QueryState<T>({ query, loadingText, errorText, isEmpty, empty, children }: QueryStateProps<T>) {
  const { data } = query;
  return (
    <>
      {hasQueryError(query) ? (
        <Alert tone="error">
          <p>{errorText(query.error)}</p>
        </Alert>
      ) : null}
      {query.isPending ? <LoadingStatus>{loadingText}</LoadingStatus> : null}
      {data === undefined ? null : isEmpty?.(data) ? empty === undefined ? null : <p>{empty}</p> : children(data)}
    </>
  );
}
