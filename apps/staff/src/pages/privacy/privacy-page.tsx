import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, DataTable, FormField, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC, useTRPCClient } from "../../trpc";
import { usePrivacyError } from "./privacy-error";
import { useLang } from "../../i18n/use-lang";
import "./privacy.css";
import { auditActionChoices, auditActionWords, auditDetailWords, auditTargetWords } from "./audit-words";

type TAuditRow = RouterOutputs["audit"]["search"]["items"][number];

/** The administrator's data protection page: retention per programme, and the audit log. */
export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("privacy.admin.title"));
  return (
    <div className="page">
      <h1>{t("privacy.admin.title")}</h1>
      <RetentionSection />
      <AuditSection />
    </div>
  );
}

function RetentionSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.privacy.retention.queryOptions({ organisationId }));
  return (
    <Card title={t("privacy.admin.retentionTitle")} headingLevel={2} variant="plain">
      <p>{t("privacy.admin.retentionIntro")}</p>
      <QueryState query={programmes} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(list) => list.map((p) => <RetentionForm key={p.id} programme={p} />)}
      </QueryState>
    </Card>
  );
}

function RetentionForm({
  programme,
}: {
  programme: { id: string; name: string; retentionMonths: number | null; erasure: "anonymise" | "delete"; dueNow: number };
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const errorText = usePrivacyError();
  const save = useMutation(trpc.privacy.setRetention.mutationOptions());
  const [months, setMonths] = useState(programme.retentionMonths === null ? "" : String(programme.retentionMonths));
  const [erasure, setErasure] = useState(programme.erasure);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const titleId = `retention-${programme.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await save.mutateAsync({ organisationId, programmeId: programme.id, retentionMonths: months.trim() === "" ? null : Number(months), erasure });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.privacy.retention.queryKey() });
    setSaved(true);
    requestAnimationFrame(() => savedRef.current?.focus());
  };

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} aria-labelledby={titleId}>
      <h3 id={titleId}>{programme.name}</h3>
      <p>
        {t("privacy.admin.dueNow")}: {programme.dueNow}
      </p>
      <FormField label={t("privacy.admin.months")} description={t("privacy.admin.monthsHelp")}>
        {(field) => <input {...field} type="number" inputMode="numeric" min={1} max={600} value={months} onChange={(e) => setMonths(e.target.value)} />}
      </FormField>
      <FormField label={t("privacy.admin.erasure")}>
        {(field) => (
          <select {...field} value={erasure} onChange={(e) => setErasure(e.target.value as "anonymise" | "delete")}>
            <option value="anonymise">{t("privacy.admin.erasureModes.anonymise")}</option>
            <option value="delete">{t("privacy.admin.erasureModes.delete")}</option>
          </select>
        )}
      </FormField>
      {save.error ? (
        <Alert tone="error">
          <p>{errorText(save.error)}</p>
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" ref={savedRef}>
          <p>{t("privacy.admin.saved", { programme: programme.name })}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} aria-label={t("privacy.admin.saveLabel", { programme: programme.name })}>
          {t("privacy.admin.save")}
        </Button>
      </div>
    </form>
  );
}

interface Filters {
  actorId: string;
  action: string;
  targetId: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { actorId: "", action: "", targetId: "", from: "", to: "" };

function AuditSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const organisationId = useOrganisationId();
  const actors = useQuery(trpc.audit.actors.queryOptions({ organisationId }));
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const query = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.trim() !== "")
      .map(([k, v]) => [k, v.trim()]),
  ) as Partial<Filters>;
  const log = useInfiniteQuery({
    queryKey: ["audit.search", organisationId, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => client.audit.search.query({ organisationId, ...query, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const time = (iso: string) => new Date(iso).toLocaleString(lang === "en" ? "en-GB" : "da-DK");

  const columns: DataTableColumn<TAuditRow>[] = [
    { key: "at", header: t("privacy.admin.at"), rowHeader: true, cell: (r) => time(r.at) },
    { key: "actor", header: t("privacy.admin.actor"), cell: (r) => r.actorName ?? t("privacy.admin.system") },
    // In words, with the recorded action as a tooltip for whoever must match it to the code.
    { key: "action", header: t("privacy.record.action"), cell: (r) => <span title={r.action}>{auditActionWords(r.action, lang)}</span> },
    { key: "target", header: t("privacy.admin.target"), className: "audit-target", cell: (r) => auditTargetWords(r, lang) },
    { key: "ip", header: t("privacy.admin.ip"), cell: (r) => r.ip ?? "" },
    {
      key: "detail",
      header: t("privacy.admin.detail"),
      cell: (r) => auditDetailWords(r.detail, lang, r.action).join(". "),
    },
  ];

  return (
    <Card title={t("privacy.admin.auditTitle")} headingLevel={2} variant="plain">
      <p>{t("privacy.admin.auditIntro")}</p>
      <form
        className="panel form audit-filters"
        role="search"
        aria-label={t("privacy.admin.auditTitle")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <FormField label={t("privacy.admin.actor")}>
          {(field) => (
            <select {...field} value={draft.actorId} onChange={set("actorId")}>
              <option value="">{t("privacy.admin.anyActor")}</option>
              {actors.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("privacy.admin.action")}>
          {(field) => (
            <select {...field} value={draft.action} onChange={set("action")}>
              <option value="">{t("privacy.admin.anyAction")}</option>
              {auditActionChoices(lang).map((choice) => (
                <option key={choice.action} value={choice.action}>
                  {choice.words}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("privacy.admin.targetId")}>
          {(field) => <input {...field} value={draft.targetId} onChange={set("targetId")} autoComplete="off" />}
        </FormField>
        <FormField label={t("privacy.admin.from")}>{(field) => <input {...field} type="date" value={draft.from} onChange={set("from")} />}</FormField>
        <FormField label={t("privacy.admin.to")}>{(field) => <input {...field} type="date" value={draft.to} onChange={set("to")} />}</FormField>
        <div className="form-actions">
          <Button type="submit">{t("privacy.admin.search")}</Button>
        </div>
      </form>
      <QueryState
        query={{ isPending: log.isPending, isError: log.isError, error: log.error, data: log.data ? rows : undefined }}
        loadingText={t("common.loading")}
        errorText={(e) => t(`errors.${errorKey(e)}`)}
      >
        {(data) => (
          <DataTable caption={t("privacy.admin.auditCaption")} compact columns={columns} rows={data} rowKey={(r) => r.id} empty={t("privacy.admin.noRows")} />
        )}
      </QueryState>
      {log.hasNextPage ? (
        <Button variant="secondary" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t("privacy.admin.more")}
        </Button>
      ) : null}
    </Card>
  );
}
