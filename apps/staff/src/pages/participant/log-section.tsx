import { Alert, Button, Card, DataTable, QueryState, type DataTableColumn, type TQueryLike } from "@skridt/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { useRefreshWorkspace } from "./use-workspace";

/** The log's entries as a table, each with a remove button that asks first. */
interface LogTable<TData, TEntry> {
  /** A heading over the table, left out with the table when there are no entries. */
  title?: string;
  caption: string;
  entries: (data: TData) => readonly TEntry[];
  columns: readonly DataTableColumn<TEntry>[];
  /** Said instead of the table when there are no entries; without it nothing is shown. */
  empty?: string;
  /** An entry in a few words ("telefon 3. maj"), for the remove button, its question and its notice. */
  describe: (entry: TEntry) => string;
}

/** Removing an entry: the request, what it failed with, and the words around it. */
interface LogRemoval<TEntry> {
  run: (entry: TEntry) => Promise<unknown>;
  error: unknown;
  confirm: (description: string) => string;
  removed: (description: string) => string;
  buttonLabel: (description: string) => string;
}

export interface LogSectionProps<TData, TEntry> {
  title: string;
  query: TQueryLike<TData>;
  /** The workspace list that changes when an entry is removed. */
  list: "contact" | "statusEvent";
  /** Where things stand now, above the quick entry. */
  lead?: (data: TData) => ReactNode;
  /** The quick entry; `onSaved` shows its message where the log's notices appear. */
  form: (onSaved: (message: string) => void) => ReactNode;
  /** Between the quick entry and the log: totals, periods. */
  summary?: (data: TData) => ReactNode;
  table: LogTable<TData, TEntry>;
  remove: LogRemoval<TEntry>;
}

/**
 * A participant's log (contacts, status events): where it stands, a quick-entry form, totals,
 * and every entry in a table with a remove button that asks first and says when it is done.
 */
export function LogSection<TData, TEntry extends { id: string }>({ title, query, list, lead, form, summary, table, remove }: LogSectionProps<TData, TEntry>) {
  const { t } = useTranslation();
  const refresh = useRefreshWorkspace();
  const notice = useSuccessNotice();

  const onRemove = async (entry: TEntry) => {
    const description = table.describe(entry);
    if (!window.confirm(remove.confirm(description))) return;
    try {
      await remove.run(entry);
    } catch {
      // remove.error is shown above the log.
      return;
    }
    await refresh(list);
    notice.show(remove.removed(description));
  };

  const removeColumn: DataTableColumn<TEntry> = {
    key: "remove",
    header: <span className="ui-visually-hidden">{t("contacts.actions")}</span>,
    cell: (entry) => (
      <Button variant="link" onClick={() => void onRemove(entry)} aria-label={remove.buttonLabel(table.describe(entry))}>
        {t("contacts.remove")}
      </Button>
    ),
  };

  const log = (data: TData) => {
    const entries = table.entries(data);
    if (entries.length === 0 && table.empty === undefined) return null;
    return (
      <>
        {table.title ? <h3>{table.title}</h3> : null}
        <DataTable caption={table.caption} columns={[...table.columns, removeColumn]} rows={entries} rowKey={(entry) => entry.id} empty={table.empty} />
      </>
    );
  };

  return (
    <Card title={title} headingLevel={2} variant="plain">
      <QueryState query={query} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(data) => lead?.(data)}
      </QueryState>
      {form(notice.show)}
      {notice.element}
      {remove.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(remove.error)}`)}</p>
        </Alert>
      ) : null}
      {query.data === undefined ? null : (
        <>
          {summary?.(query.data)}
          {log(query.data)}
        </>
      )}
    </Card>
  );
}
