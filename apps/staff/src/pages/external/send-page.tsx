import { Alert, Button, combineQueries, QueryState, useDocumentTitle, type TQueryLike } from "@skridt/ui";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { ProgrammeSelect, type ProgrammeOption } from "./programme-select";
import "./external.css";

/**
 * The frame of a page that sends a questionnaire to people outside the organisation (companies,
 * volunteer mentors): the way back to their register, the form once programmes and register
 * have loaded, the links just made in place of the form, and who has answered underneath.
 */
export function ExternalSendPage<R>({
  back,
  title,
  intro,
  created,
  programmes,
  register,
  emptyRegister,
  participantsError,
  status,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  intro: string;
  /** The panel with the links just made; the form is hidden while it is shown. */
  created: ReactNode;
  programmes: TQueryLike<ProgrammeOption[]>;
  /** The companies or volunteers the questionnaire can go to. */
  register: TQueryLike<R[]>;
  /** Said, as a link back to the register, when the register is empty. */
  emptyRegister: string;
  participantsError: unknown;
  /** Who has been sent what, under the form. */
  status: ReactNode;
  children: (data: { programmes: ProgrammeOption[]; register: R[] }) => ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <>
      <p className="back-link">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>{title}</h1>
      {created ?? (
        <>
          <p>{intro}</p>
          {participantsError ? (
            <Alert tone="error">
              <p>{t(`errors.${errorKey(participantsError)}`)}</p>
            </Alert>
          ) : null}
          <QueryState
            query={combineQueries({ programmes, register })}
            loadingText={t("common.loading")}
            errorText={(e) => t(`errors.${errorKey(e)}`)}
            isEmpty={(data) => data.register.length === 0}
            empty={<Link to={back.to}>{emptyRegister}</Link>}
          >
            {children}
          </QueryState>
        </>
      )}
      {status}
    </>
  );
}

/** The send form: the programme first, the page's own fields, what is wrong, and the submit button. */
export function SendForm({
  programmeLabel,
  programmes,
  programmeId,
  onProgrammeChange,
  problem,
  error,
  busy,
  submitLabel,
  onSubmit,
  children,
}: {
  programmeLabel: string;
  programmes: readonly ProgrammeOption[];
  programmeId: string;
  onProgrammeChange: (programmeId: string) => void;
  /** What the form itself found wrong, said above the button. */
  problem: string | null;
  /** The API's refusal, if any. */
  error: unknown;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ProgrammeSelect label={programmeLabel} programmes={programmes} value={programmeId} onChange={onProgrammeChange} />
      {children}
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(error)}`)}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
