import { describe, expect, it } from "vitest";
import { combineQueries, hasQueryError, type TQueryLike } from "./query-like";

const pending = <T>(): TQueryLike<T> => ({ isPending: true, isError: false, error: null, data: undefined });
const done = <T>(data: T): TQueryLike<T> => ({ isPending: false, isError: false, error: null, data });
const failed = <T>(error: unknown, data?: T): TQueryLike<T> => ({ isPending: false, isError: true, error, data });

describe("hasQueryError", () => {
  it("believes isError when the query says it", () => {
    expect(hasQueryError({ isError: true, error: new Error("x") })).toBe(true);
    expect(hasQueryError({ isError: false, error: null })).toBe(false);
  });

  it("without isError, counts any error that is not null or undefined", () => {
    expect(hasQueryError({ error: new Error("x") })).toBe(true);
    expect(hasQueryError({ error: "not_found" })).toBe(true);
    expect(hasQueryError({ error: null })).toBe(false);
    expect(hasQueryError({ error: undefined })).toBe(false);
  });
});

describe("combineQueries", () => {
  it("is pending while any query is pending, and has no data until all have it", () => {
    const both = combineQueries({ goals: done([1, 2]), reviews: pending<string[]>() });
    expect(both.isPending).toBe(true);
    expect(both.data).toBeUndefined();
    expect(hasQueryError(both)).toBe(false);
  });

  it("gives every query's data under its key once all are done", () => {
    const both = combineQueries({ goals: done([1, 2]), reviews: done(["a"]) });
    expect(both).toEqual({ isPending: false, isError: false, error: null, data: { goals: [1, 2], reviews: ["a"] } });
  });

  it("fails with the first error in key order", () => {
    const first = new Error("first");
    const both = combineQueries({ a: done(1), b: failed<number>(first), c: failed<number>(new Error("second")) });
    expect(both.isError).toBe(true);
    expect(both.error).toBe(first);
    expect(both.data).toBeUndefined();
  });

  it("keeps the data of a failed refetch, as a single query does", () => {
    const both = combineQueries({ a: done(1), b: failed(new Error("refetch"), 2) });
    expect(both.isError).toBe(true);
    expect(both.data).toEqual({ a: 1, b: 2 });
  });

  it("counts falsy data (0, empty string, null) as data", () => {
    const all = combineQueries({ n: done(0), s: done(""), none: done(null) });
    expect(all.data).toEqual({ n: 0, s: "", none: null });
  });
});
