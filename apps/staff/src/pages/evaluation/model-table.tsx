import { alignForText, DataTable, type DataTableColumn } from "@skridt/ui";
import { hasMarkers } from "./masked";
import { SuppressionNote } from "./suppression-note";
import { tableTexts, type TableModel } from "./table-model";

type Row = TableModel["rows"][number];

/** The columns of a TableModel: the row headings first, then one column per value, figures on the right. */
function modelColumns(model: TableModel): DataTableColumn<Row>[] {
  const [rowHeading = "", ...valueHeadings] = model.columns;
  return [
    { key: "header", header: rowHeading, rowHeader: true, cell: (row) => row.header },
    ...valueHeadings.map((heading, index): DataTableColumn<Row> => ({
      key: String(index),
      header: heading,
      align: (row) => alignForText(row.cells[index] ?? ""),
      cell: (row) => row.cells[index],
    })),
  ];
}

/** A TableModel drawn as a compact DataTable, with what "<5" and "x" mean under it when it shows them. */
export function ModelTable({
  model,
  captionVisible = false,
  showNote = true,
  className,
}: {
  model: TableModel;
  captionVisible?: boolean;
  showNote?: boolean;
  className?: string;
}) {
  return (
    <>
      <DataTable
        caption={model.caption}
        captionVisible={captionVisible}
        columns={modelColumns(model)}
        rows={model.rows}
        rowKey={(row) => row.key}
        compact
        className={className}
      />
      {showNote && hasMarkers(tableTexts(model)) ? <SuppressionNote /> : null}
    </>
  );
}
