import { hasMarkers } from "./masked";
import { SuppressionNote } from "./suppression-note";
import { tableTexts, type TableModel } from "./table-model";

/** Figures (and their markers) line up on the right; words stay on the left. */
const NUMERIC = /^(?:[<>+−-]?\s?\d|x\b|–$)/;

/**
 * A table from a TableModel: caption, column and row headers with scope, and a scroll
 * region that keyboard users can reach (tabIndex) when the table is wider than the screen.
 */
export function DataTable({ model, captionVisible = false, showNote = true }: { model: TableModel; captionVisible?: boolean; showNote?: boolean }) {
  const [rowHeading, ...valueHeadings] = model.columns;
  return (
    <>
      <div className="table-wrap" role="region" aria-label={model.caption} tabIndex={0}>
        <table className="table table--compact">
          <caption className={captionVisible ? "table-caption" : "ui-visually-hidden"}>{model.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {valueHeadings.map((heading, index) => (
                <th key={heading} scope="col" className={NUMERIC.test(model.rows[0]?.cells[index] ?? "0") ? "numeric" : undefined}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className={NUMERIC.test(cell) ? "numeric" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {showNote && hasMarkers(tableTexts(model)) ? <SuppressionNote /> : null}
    </>
  );
}
