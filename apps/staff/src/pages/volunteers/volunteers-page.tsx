import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, DataTable, FormField, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { ZVolunteerFields } from "@skridt/validators";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { z } from "zod";
import { errorKey, fieldMessage } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { OptionalLabel } from "../external/optional-label";
import { emptyAsAbsent } from "../external/register-fields";
import "../external/external.css";

interface Volunteer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** The organisation's register of volunteer mentors: list, add, edit, and send the feedback form. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const volunteers = useQuery(trpc.volunteer.list.queryOptions({ organisationId }));
  const [editing, setEditing] = useState<Volunteer | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useDocumentTitle(t("volunteers.title"));

  const columns: DataTableColumn<Volunteer>[] = [
    { key: "name", header: t("volunteers.name"), rowHeader: true, cell: (v) => v.name },
    {
      key: "contact",
      header: t("volunteers.contact"),
      cell: (v) => (
        <>
          {v.email ?? (v.phone ? null : t("common.dash"))}
          {v.email && v.phone ? <span className="cell-note">{v.phone}</span> : v.phone}
        </>
      ),
    },
    {
      key: "actions",
      header: t("volunteers.actions"),
      cell: (v) => (
        <div className="button-row button-row--tight">
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(null);
              setEditing(v);
            }}
          >
            {t("volunteers.edit")}
            <span className="ui-visually-hidden"> {t("volunteers.editFor", { name: v.name })}</span>
          </Button>
          <Link className="ui-button ui-button--secondary" to={`/volunteers/send?volunteer=${encodeURIComponent(v.id)}`}>
            {t("volunteers.sendFor")}
            <span className="ui-visually-hidden"> {t("volunteers.sendForName", { name: v.name })}</span>
          </Link>
        </div>
      ),
    },
  ];

  return (
    <>
      <h1>{t("volunteers.title")}</h1>
      <p>{t("volunteers.intro")}</p>
      <ul className="link-list no-print">
        <li>
          <Link to="/volunteers/send">{t("volunteers.sendLink")}</Link>
        </li>
      </ul>
      {saved ? (
        <Alert tone="success">
          <p>{t("volunteers.saved", { name: saved })}</p>
        </Alert>
      ) : null}
      <QueryState query={volunteers} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <DataTable caption={t("volunteers.caption")} columns={columns} rows={data} rowKey={(v) => v.id} empty={t("volunteers.empty")} />}
      </QueryState>
      {editing ? (
        <VolunteerForm
          key={editing.id}
          volunteer={editing}
          onDone={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        />
      ) : (
        <VolunteerForm key="new" />
      )}
    </>
  );
}

type TVolunteerInput = z.input<typeof ZVolunteerFields>;
const EMPTY: TVolunteerInput = { name: "", email: "", phone: "" };

/**
 * Add a volunteer mentor, or (given one) edit their name, e-mail and phone. The form refuses
 * exactly what the API refuses (the same ZVolunteerFields).
 */
function VolunteerForm({ volunteer, onDone }: { volunteer?: Volunteer; onDone?: (savedName: string | null) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.volunteer.create.mutationOptions());
  const update = useMutation(trpc.volunteer.update.mutationOptions());
  const mutation = volunteer ? update : create;
  const form = useForm<TVolunteerInput, unknown, z.output<typeof ZVolunteerFields>>({
    resolver: zodResolver(ZVolunteerFields),
    defaultValues: volunteer ? { name: volunteer.name, email: volunteer.email ?? "", phone: volunteer.phone ?? "" } : EMPTY,
  });
  const { errors } = form.formState;
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = volunteer ? "edit-volunteer-title" : "create-volunteer-title";

  // Editing starts further down the page: take the keyboard and screen reader there.
  useEffect(() => {
    if (volunteer) heading.current?.focus();
  }, [volunteer]);

  const save = form.handleSubmit(async (fields) => {
    try {
      if (volunteer) await update.mutateAsync({ organisationId, volunteerId: volunteer.id, ...emptyAsAbsent(fields) });
      else await create.mutateAsync({ organisationId, ...emptyAsAbsent(fields) });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.volunteer.list.pathKey() });
    if (volunteer) {
      onDone?.(fields.name);
      return;
    }
    setDone(fields.name);
    form.reset(EMPTY);
  });
  const onSubmit = (event: FormEvent) => {
    setDone(null);
    void save(event);
  };

  return (
    <section className="panel no-print" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {volunteer ? t("volunteers.editTitle", { name: volunteer.name }) : t("volunteers.createTitle")}
      </h2>
      {done ? (
        <Alert tone="success">
          <p>{t("volunteers.created", { name: done })}</p>
        </Alert>
      ) : null}
      {mutation.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(mutation.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("volunteers.name")} error={fieldMessage(t, errors.name?.message)}>
          {(field) => <input {...field} {...form.register("name")} required autoComplete="off" />}
        </FormField>
        <FormField label={<OptionalLabel>{t("volunteers.email")}</OptionalLabel>} error={fieldMessage(t, errors.email?.message)}>
          {(field) => <input {...field} {...form.register("email")} type="email" autoComplete="off" />}
        </FormField>
        <FormField label={<OptionalLabel>{t("volunteers.phone")}</OptionalLabel>} error={fieldMessage(t, errors.phone?.message)}>
          {(field) => <input {...field} {...form.register("phone")} type="tel" autoComplete="off" />}
        </FormField>
        <div className="button-row">
          <Button type="submit" busy={mutation.isPending}>
            {volunteer ? t("volunteers.save") : t("volunteers.create")}
          </Button>
          {volunteer ? (
            <Button variant="secondary" onClick={() => onDone?.(null)}>
              {t("volunteers.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
