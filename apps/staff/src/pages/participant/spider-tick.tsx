import { chartTick } from "../../lib/chart-theme";
import { wrapLabel } from "./wrap-label";

/** The props recharts gives a PolarAngleAxis tick renderer (the ones used here). */
export interface SpiderTickProps {
  x?: number | string;
  y?: number | string;
  cx?: number | string;
  textAnchor?: string;
  verticalAnchor?: string;
  payload?: { value?: unknown };
}

/** The hollow ring that marks a skipped area beside its name (and in the text under the chart). */
export const SKIPPED_MARK = "○";

type Anchor = "start" | "middle" | "end";
const asAnchor = (value: string | undefined): Anchor => (value === "start" || value === "end" ? value : "middle");

/** Average glyph width as a share of the font size, a little generous so a line never runs out. */
const GLYPH = 0.58;
const LINE_HEIGHT = 1.15;

/**
 * An axis label of a spider chart wrapped into the room it has: the distance from its anchor to
 * the chart's edge (the chart's width is twice its centre). Recharts' own tick is one line and
 * was cut off at phone width; the anchors are recharts' own, so the labels sit where they did.
 */
export function SpiderTick(props: SpiderTickProps & { note?: string | null }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const width = Number(props.cx ?? 0) * 2;
  const textAnchor = asAnchor(props.textAnchor);
  const verticalAnchor = asAnchor(props.verticalAnchor);
  const payload = props.payload;
  // Without a centre (never seen, but recharts does not promise one) the label stays on one line.
  const room = !(width > 0) ? Infinity : textAnchor === "end" ? x : textAnchor === "start" ? width - x : 2 * Math.min(x, width - x);
  const perLine = (room - 4) / (chartTick.fontSize * GLYPH);
  const lines = wrapLabel(String(payload?.value ?? ""), perLine);
  // A skipped area's "○ ikke vurderet ved <dato>" under its name, in italics: the hollow ring is the
  // marker the text under the chart explains, and says why this spoke has no dot.
  const noteLines = props.note ? wrapLabel(`${SKIPPED_MARK} ${props.note}`, perLine) : [];
  const count = lines.length + noteLines.length;
  const lineHeight = chartTick.fontSize * LINE_HEIGHT;
  // First baseline: below the anchor ("start"), above it ("end") or the block centred on it.
  const firstDy =
    verticalAnchor === "start"
      ? chartTick.fontSize * 0.71
      : verticalAnchor === "end"
        ? -(count - 1) * lineHeight
        : -((count - 1) * lineHeight) / 2 + chartTick.fontSize * 0.355;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={chartTick.fontSize} fill={chartTick.fill} className="recharts-polar-angle-axis-tick-value">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? firstDy : lineHeight}>
          {line}
        </tspan>
      ))}
      {noteLines.map((line, index) => (
        <tspan key={`note-${index}`} x={x} dy={lineHeight} fontStyle="italic" className="spider-tick__note">
          {line}
        </tspan>
      ))}
    </text>
  );
}
