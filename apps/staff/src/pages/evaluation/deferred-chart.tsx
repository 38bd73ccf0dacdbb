import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { drawWhenNear } from "./draw-scheduler";

/**
 * A placeholder of the chart's own height until the chart is due (draw-scheduler.ts), so the
 * page keeps its length and a jump link lands where it should; then the chart.
 */
export function DeferredChart({ height, placeholder, children }: { height: number; placeholder: ReactNode; children: ReactNode }) {
  const [due, setDue] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (due || !element) return;
    return drawWhenNear(element, () => setDue(true));
  }, [due]);
  if (due) return <>{children}</>;
  return (
    <ChartPlaceholder height={height} ref={ref}>
      {placeholder}
    </ChartPlaceholder>
  );
}

/** An empty box the chart's height (set through the CSSOM, which the Content-Security-Policy allows). */
export function ChartPlaceholder({ height, children, ref }: { height: number; children?: ReactNode; ref?: React.Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className="chart-placeholder" style={{ height }}>
      {children}
    </div>
  );
}
