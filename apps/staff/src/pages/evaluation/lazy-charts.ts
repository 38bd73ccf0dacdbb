import { lazy } from "react";

// One chunk for the evaluation charts; each lazy component resolves from the same import.
const load = () => import("./evaluation-charts");
export const LazyDistributionChart = lazy(() => load().then((m) => ({ default: m.DistributionChart })));
export const LazyChangeIntervalChart = lazy(() => load().then((m) => ({ default: m.ChangeIntervalChart })));
export const LazyCohortSpiderChart = lazy(() => load().then((m) => ({ default: m.CohortSpiderChart })));
export const LazySimpleBarChart = lazy(() => load().then((m) => ({ default: m.SimpleBarChart })));
