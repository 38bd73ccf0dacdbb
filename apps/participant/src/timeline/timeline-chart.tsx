/** A small line over the scale's whole range: drawn once, the figures are in the text beside it. */
export function TimelineChart({ values, range }: { values: number[]; range: { min: number; max: number } }) {
  const width = 300;
  const height = 90;
  const pad = 12;
  const span = range.max - range.min || 1;
  const x = (i: number) => (values.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => pad + ((range.max - v) * (height - 2 * pad)) / span;
  const points = values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <line x1={pad} x2={width - pad} y1={y(range.min)} y2={y(range.min)} className="timeline-chart__axis" />
      <line x1={pad} x2={width - pad} y1={y(range.max)} y2={y(range.max)} className="timeline-chart__axis" />
      {values.length > 1 ? <polyline points={points} className="timeline-chart__line" /> : null}
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={5} className="timeline-chart__dot" />
      ))}
    </svg>
  );
}
