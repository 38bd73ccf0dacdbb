import { lazy } from "react";

// One chunk for the evaluation charts; each lazy component resolves from the same import.
// The draw scheduler loads it before it lets the first chart draw (draw-scheduler.ts).
export const loadCharts = () => import("./evaluation-charts");
const load = loadCharts;
export const LazyDistributionChart = lazy(() => load().then((m) => ({ default: m.DistributionChart })));
export const LazyChangeIntervalChart = lazy(() => load().then((m) => ({ default: m.ChangeIntervalChart })));
export const LazyCohortSpiderChart = lazy(() => load().then((m) => ({ default: m.CohortSpiderChart })));
export const LazySimpleBarChart = lazy(() => load().then((m) => ({ default: m.SimpleBarChart })));
