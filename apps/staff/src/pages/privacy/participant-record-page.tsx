import type { RouterOutputs } from "@skridt/api";
import { DataTable, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDay } from "../../lib/format";
import { PrintButton } from "../participant/print-button";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";

type Record = RouterOutputs["privacy"]["exportParticipant"];

/** Everything about one participant as a readable, printable page (the same data as the JSON file). */
export function ParticipantRecordPage() {
  const { participantId = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  // Each view is an export and is logged as one: never refetched behind the reader's back.
  const record = useQuery({
    ...trpc.privacy.exportParticipant.queryOptions({ organisationId, participantId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  useDocumentTitle(t("privacy.record.title"));
  const day = (d: string | null) => (d ? formatDay(d, lang) : t("common.dash"));
  const time = (d: string | null) => (d ? new Date(d).toLocaleString(lang === "en" ? "en-GB" : "da-DK") : t("common.dash"));

  return (
    <div className="page print-page">
      <p className="no-print">
        <Link to={`/participants/${participantId}/privacy`}>{t("privacy.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("privacy.record.title")}</h1>
        <div className="form-actions no-print">
          <PrintButton />
        </div>
      </div>
      <QueryState query={record} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(r) => (
          <>
            <p>{t("privacy.record.generated", { at: time(r.generatedAt) })}</p>
            <h2>{t("privacy.record.identity")}</h2>
            {r.identity ? (
              <Facts
                rows={[
                  [t("privacy.record.name"), r.identity.fullName],
                  [t("privacy.record.email"), r.identity.email ?? t("common.dash")],
                  [t("privacy.record.phone"), r.identity.phone ?? t("common.dash")],
                  [t("privacy.record.cpr"), r.identity.cpr ?? t("common.dash")],
                ]}
              />
            ) : (
              <p>{t("privacy.record.none")}</p>
            )}
            <h2>{t("privacy.record.participant")}</h2>
            <Facts
              rows={[
                [t("privacy.record.code"), <span className="code">{r.participant.code}</span>],
                [t("privacy.record.programme"), r.participant.programme.name],
                [t("privacy.record.organisation"), r.participant.organisation.name],
                [t("privacy.record.mentor"), r.participant.mentor?.name ?? t("common.dash")],
                [t("privacy.record.enrolled"), day(r.participant.enrolledOn)],
                [t("privacy.record.ended"), day(r.participant.endedOn)],
              ]}
            />
            <h2>{t("privacy.consents.title")}</h2>
            <Table
              caption={t("privacy.consents.title")}
              head={[t("privacy.consents.kind"), t("privacy.consents.textVersion"), t("privacy.consents.givenOn"), t("privacy.consents.withdrawnOn")]}
              rows={r.consents.map((c) => [t(`privacy.consents.kinds.${c.kind}`, { defaultValue: c.kind }), c.textVersion, day(c.givenOn), day(c.withdrawnOn)])}
            />
            <h2>{t("privacy.record.surveys")}</h2>
            {r.surveys.length === 0 ? <p>{t("privacy.record.empty")}</p> : null}
            {r.surveys.map((s) => (
              <section key={s.id} aria-label={`${s.occasion} ${day(s.createdAt)}`}>
                <h3>
                  {t(`surveys.occasion_${s.occasion}`, { defaultValue: s.occasion })}, {day(s.createdAt)} ({s.status})
                </h3>
                {s.assessments.map((a) => (
                  <Table
                    key={a.id}
                    caption={`${a.instrumentTitle ? a.instrumentTitle[lang] : a.instrumentId} (${a.status})`}
                    visibleCaption
                    head={[t("privacy.record.item"), t("privacy.record.answer")]}
                    rows={[
                      ...a.answers.map((x) => [x.itemId, JSON.stringify(x.value)]),
                      ...a.scores.map((sc) => [`${t("privacy.record.score")}: ${sc.scaleId}`, sc.value === null ? sc.status : String(sc.value)]),
                    ]}
                  />
                ))}
              </section>
            ))}
            <h2>{t("privacy.record.reviews")}</h2>
            <Table
              caption={t("privacy.record.reviews")}
              head={[t("privacy.record.date"), t("privacy.record.scores"), t("privacy.record.note"), t("privacy.record.amendments")]}
              rows={r.reviews.map((rv) => [
                day(rv.reviewedOn),
                scoresText(rv.scores, { participant: t("privacy.record.participantScore"), skipped: t("privacy.record.skipped") }),
                rv.note,
                rv.amendments.map((a) => `${time(a.at)}: ${a.reason}`).join("; "),
              ])}
            />
            <h2>{t("privacy.record.goals")}</h2>
            <Table
              caption={t("privacy.record.goals")}
              head={[t("privacy.record.area"), t("privacy.record.goals"), t("privacy.record.due"), t("privacy.record.status")]}
              rows={r.goals.map((g) => [g.areaId, [g.title, g.actions, g.support].filter(Boolean).join(" / "), day(g.dueOn), g.status])}
            />
            <h2>{t("privacy.record.contacts")}</h2>
            <Table
              caption={t("privacy.record.contacts")}
              head={[t("privacy.record.date"), t("privacy.record.kind"), t("privacy.record.minutes"), t("privacy.record.note")]}
              rows={r.contacts.map((c) => [day(c.occurredOn), c.kind, c.minutes === null ? "" : String(c.minutes), c.note])}
            />
            <h2>{t("privacy.record.statusEvents")}</h2>
            <Table
              caption={t("privacy.record.statusEvents")}
              head={[t("privacy.record.date"), t("privacy.record.status"), t("privacy.record.note")]}
              rows={r.statusEvents.map((e) => [day(e.occurredOn), `${e.status}${e.hoursPerWeek !== null ? ` (${e.hoursPerWeek} t/u)` : ""}`, e.note])}
            />
            <h2>{t("privacy.record.audit")}</h2>
            <Table
              caption={t("privacy.record.audit")}
              head={[t("privacy.record.at"), t("privacy.record.actor"), t("privacy.record.action"), t("privacy.record.from")]}
              rows={r.audit.map((a) => [time(a.at), a.actor ?? t("privacy.record.system"), a.action, a.ip ?? ""])}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts facts--text">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A review's scores as words a person can read and a phone can wrap ("hverdag: 3 (deltager 2), ...")
 * instead of raw JSON, which is one unbreakable line as wide as all the areas together. Nothing is
 * left out: a skipped area says so, and an area's note follows its score.
 */
export function scoresText(scores: unknown, words: { participant: string; skipped: string }): string {
  if (scores === null || typeof scores !== "object") return String(scores ?? "");
  return Object.entries(scores as { [area: string]: unknown })
    .map(([area, value]) => {
      if (value === null) return `${area}: ${words.skipped}`;
      if (typeof value !== "object") return `${area}: ${String(value)}`;
      const { mentor, participant, note, ...rest } = value as { mentor?: unknown; participant?: unknown; note?: unknown };
      const parts = [`${area}: ${String(mentor)}`];
      if (participant !== undefined) parts.push(`(${words.participant} ${String(participant)})`);
      if (typeof note === "string" && note) parts.push(`– ${note}`);
      if (Object.keys(rest).length > 0) parts.push(JSON.stringify(rest));
      return parts.join(" ");
    })
    .join(", ");
}

/** One part of the record as a compact table, its first column the rows' headings; "none" when empty. */
function Table({ caption, head, rows, visibleCaption = false }: { caption: string; head: string[]; rows: string[][]; visibleCaption?: boolean }) {
  const { t } = useTranslation();
  const columns: DataTableColumn<string[]>[] = head.map((header, j) => ({ key: String(j), header, rowHeader: j === 0, cell: (row) => row[j] }));
  return (
    <DataTable
      caption={caption}
      captionVisible={visibleCaption}
      compact
      columns={columns}
      rows={rows}
      rowKey={(_, i) => String(i)}
      empty={t("privacy.record.empty")}
    />
  );
}

export type { Record as ParticipantRecord };
