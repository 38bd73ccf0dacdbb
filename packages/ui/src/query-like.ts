/**
 * The parts of a query result the widgets read. Structural on purpose: a @tanstack/react-query
 * result fits as it is, and so does a hand-made object (two queries combined, a query that is
 * only "pending" once it is enabled), without this package depending on the query library.
 */
export interface TQueryLike<T> {
  isPending: boolean;
  /** When absent, a non-empty `error` counts as failed. */
  isError?: boolean;
  error: unknown;
  data: T | undefined;
}

/** Whether a query has failed (a failed refetch keeps its old data, and still counts). */
export function hasQueryError(query: Pick<TQueryLike<unknown>, "isError" | "error">): boolean {
  return query.isError ?? (query.error !== null && query.error !== undefined);
}

// Undefined is "no data yet" (a pending member of a query result's union), never data itself.
type TDataOf<Q> = Q extends TQueryLike<infer D> ? Exclude<D, undefined> : never;

/**
 * Several queries as one: pending while any is pending, failed with the first error (in key
 * order), and with data only once every query has data, as `{ [key]: data }`.
 */
export function combineQueries<Q extends Record<string, TQueryLike<unknown>>>(queries: Q): TQueryLike<{ [K in keyof Q]: TDataOf<Q[K]> }> {
  const entries = Object.entries(queries);
  const failed = entries.find(([, query]) => hasQueryError(query));
  const complete = entries.every(([, query]) => query.data !== undefined);
  return {
    isPending: entries.some(([, query]) => query.isPending),
    isError: failed !== undefined,
    error: failed ? failed[1].error : null,
    data: complete ? (Object.fromEntries(entries.map(([key, query]) => [key, query.data])) as { [K in keyof Q]: TDataOf<Q[K]> }) : undefined,
  };
}
