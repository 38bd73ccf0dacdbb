import { Alert, Button, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { BulkEndForm } from "./bulk-end-form";
import "./participants.css";
import { useTRPC } from "../../trpc";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { DueList } from "./due-list";
import { LinkPanel } from "../surveys/link-panel";
import { NewParticipantForm, type CreatedParticipant } from "./new-participant-form";
import { ParticipantsTable } from "./participants-table";

type Scope = "mine" | "organisation";
/** Active participants by default: the ended ones are a click away, apart from the day's work. */
type ParticipationState = "active" | "ended" | "all";
const STATES: readonly ParticipationState[] = ["active", "ended", "all"];

/** A mentor's caseload: their own participants by default, everyone in the organisation on request. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const isAdmin = roles.includes("admin");
  // An administrator who is not also a mentor has no caseload of their own: start with everyone.
  const [scope, setScope] = useState<Scope>(roles.includes("mentor") ? "mine" : "organisation");
  const [search, setSearch] = useState("");
  const [state, setState] = useState<ParticipationState>("active");
  const lang = useLang();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkEnding, setBulkEnding] = useState(false);
  const bulkNotice = useSuccessNotice();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedParticipant | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const debouncedSearch = useDebouncedValue(search.trim());
  useDocumentTitle(t("participants.title"));

  const list = useQuery(
    trpc.participant.list.queryOptions(
      { organisationId, scope, state, ...(debouncedSearch ? { search: debouncedSearch } : {}) },
      { placeholderData: (previous) => previous },
    ),
  );

  // Only rows on screen and still active can be ended together.
  const selectedRows = (list.data ?? []).filter((row) => selected.has(row.id) && !row.endedOn);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <>
      <div className="page-heading">
        <h1>{t("participants.title")}</h1>
        <Button
          ref={newButtonRef}
          variant={creating ? "secondary" : "primary"}
          aria-expanded={creating}
          aria-controls={creating ? "new-participant" : undefined}
          onClick={() => {
            setCreated(null);
            setCreating(!creating);
          }}
        >
          {t("participants.newParticipant")}
        </Button>
      </div>

      {created ? (
        <>
          <Alert tone="success" ref={createdRef}>
            <p>
              {/* One code in the handover: the questionnaire code below. The participant code is for staff (on the participant's page). */}
              {t("participants.created", { name: created.name })} {t("link.startReady")}
            </p>
            <p>
              <Link to={`/participants/${created.id}`}>{t("participant.openPage", { name: created.name })}</Link>
            </p>
          </Alert>
          {/* The start questionnaire's link exists in clear only now: offer it while the participant is here. */}
          <LinkPanel link={{ ...created.startSurvey, surveyId: null, occasion: "start", mode: "self" }} focusOnShow={false} onHide={() => setCreated(null)} />
        </>
      ) : null}

      {creating ? (
        <NewParticipantForm
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => newButtonRef.current?.focus());
          }}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
            // Focus the confirmation so the new code is read out and easy to find.
            requestAnimationFrame(() => createdRef.current?.focus());
          }}
        />
      ) : null}

      {/* What needs doing comes before the whole caseload: the mentor's start page answers "who now?". */}
      <DueList scope={scope} />

      <div className="filters">
        <fieldset className="filters__scope">
          <legend>{t("participants.scopeLegend")}</legend>
          {(["mine", "organisation"] as const).map((value) => (
            <label key={value} className="ui-choice">
              <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
              {value === "mine" ? t("participants.scopeMine") : t("participants.scopeOrganisation")}
            </label>
          ))}
        </fieldset>
        <div className="ui-field filters__search">
          <label className="ui-field__label" htmlFor="participant-search">
            {t("participants.search")}
          </label>
          <input id="participant-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <fieldset className="filters__scope">
          <legend>{t("participants.stateLegend")}</legend>
          {STATES.map((value) => (
            <label key={value} className="ui-choice">
              <input type="radio" name="participation-state" value={value} checked={state === value} onChange={() => setState(value)} />
              {t(`participants.state_${value}`)}
            </label>
          ))}
        </fieldset>
      </div>

      {bulkNotice.element}
      {isAdmin && selectedRows.length > 0 && !bulkEnding ? (
        <div className="form-actions bulk-actions">
          <span>{t("participants.bulkEndCount", { count: selectedRows.length })}</span>
          <Button
            onClick={() => {
              bulkNotice.clear();
              setBulkEnding(true);
            }}
          >
            {t("participants.bulkEnd")}
          </Button>
        </div>
      ) : null}
      {isAdmin && bulkEnding && selectedRows.length > 0 ? (
        <BulkEndForm
          selected={selectedRows}
          onCancel={() => setBulkEnding(false)}
          onEnded={(count, endedOn) => {
            setBulkEnding(false);
            setSelected(new Set());
            bulkNotice.show(t("participants.bulkEnded", { count, date: formatDay(endedOn, lang) }));
          }}
        />
      ) : null}

      <QueryState query={list} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(rows) => <ParticipantsTable rows={rows} {...(isAdmin ? { selection: { selected, toggle } } : {})} />}
      </QueryState>
    </>
  );
}
