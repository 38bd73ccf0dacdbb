import { Alert, Button, FormField, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "../companies/companies.css";
import "./volunteers.css";

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

  return (
    <>
      <h1>{t("volunteers.title")}</h1>
      <p>{t("volunteers.intro")}</p>
      <ul className="link-list no-print">
        <li>
          <Link to="/volunteers/send">{t("volunteers.sendLink")}</Link>
        </li>
      </ul>
      <QueryError error={volunteers.error} />
      {saved ? (
        <Alert tone="success">
          <p>{t("volunteers.saved", { name: saved })}</p>
        </Alert>
      ) : null}
      {volunteers.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {volunteers.data?.length === 0 ? <p>{t("volunteers.empty")}</p> : null}
      {volunteers.data && volunteers.data.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t("volunteers.caption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("volunteers.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("volunteers.name")}</th>
                <th scope="col">{t("volunteers.contact")}</th>
                <th scope="col">{t("volunteers.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {volunteers.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.name}</th>
                  <td>
                    {v.email ?? (v.phone ? null : t("common.dash"))}
                    {v.email && v.phone ? <span className="cell-note">{v.phone}</span> : v.phone}
                  </td>
                  <td>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? <VolunteerForm
          key={editing.id}
          volunteer={editing}
          onDone={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        /> : <VolunteerForm key="new" />}
    </>
  );
}

type Field = "name" | "email";

/** Add a volunteer mentor, or (given one) edit their name, e-mail and phone. */
function VolunteerForm({ volunteer, onDone }: { volunteer?: Volunteer; onDone?: (savedName: string | null) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.volunteer.create.mutationOptions());
  const update = useMutation(trpc.volunteer.update.mutationOptions());
  const mutation = volunteer ? update : create;
  const empty = { name: volunteer?.name ?? "", email: volunteer?.email ?? "", phone: volunteer?.phone ?? "" };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const titleId = volunteer ? "edit-volunteer-title" : "create-volunteer-title";

  // Editing starts further down the page: take the keyboard and screen reader there.
  useEffect(() => {
    if (volunteer) heading.current?.focus();
  }, [volunteer]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t("validation.required");
    if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) found.email = t("volunteers.errors.email_invalid");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (volunteer) await update.mutateAsync({ organisationId, volunteerId: volunteer.id, ...values });
      else await create.mutateAsync({ organisationId, ...values });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.volunteer.list.pathKey() });
    if (volunteer) {
      onDone?.(values.name.trim());
      return;
    }
    setDone(values.name.trim());
    setValues({ name: "", email: "", phone: "" });
  };

  const optional = (label: string) => (
    <>
      {label} <span className="hint">{t("common.optional")}</span>
    </>
  );
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
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <FormField label={t("volunteers.name")} error={errors.name}>
          {(field) => <input {...field} value={values.name} onChange={set("name")} required autoComplete="off" />}
        </FormField>
        <FormField label={optional(t("volunteers.email"))} error={errors.email}>
          {(field) => <input {...field} value={values.email} onChange={set("email")} type="email" autoComplete="off" />}
        </FormField>
        <FormField label={optional(t("volunteers.phone"))}>
          {(field) => <input {...field} value={values.phone} onChange={set("phone")} type="tel" autoComplete="off" />}
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
