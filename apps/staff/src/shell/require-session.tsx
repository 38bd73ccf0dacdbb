import type { TRole } from "@skridt/validators";
import { Alert, LoadingStatus } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { errorKey } from "../errors";
import { isLocale, i18n, storedLocale } from "../i18n";
import { useTRPC } from "../trpc";
import { AppShell } from "./app-shell";
import { PublicLayout } from "./public-layout";
import { SessionContext, type Session } from "./session-context";

const ORGANISATION_KEY = "skridt.staff.organisationId";

function storedOrganisationId(): string | null {
  try {
    return localStorage.getItem(ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/** Loads the signed-in user; without a session the user is sent to sign in. */
export function RequireSession() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const location = useLocation();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [chosenId, setChosenId] = useState<string | null>(storedOrganisationId);
  const localeApplied = useRef<string | null>(null);

  // A signed-in user's saved language wins once per session load, unless this browser
  // already chose one (sign-in then saved that choice on the server).
  useEffect(() => {
    if (!me.data || localeApplied.current === me.data.id) return;
    localeApplied.current = me.data.id;
    if (!storedLocale() && isLocale(me.data.locale) && me.data.locale !== i18n.language) {
      void i18n.changeLanguage(me.data.locale);
    }
  }, [me.data]);

  const session = useMemo<Session | null>(() => {
    if (!me.data) return null;
    const organisations = me.data.organisations;
    const organisation = organisations.find((o) => o.id === chosenId) ?? organisations[0] ?? null;
    return {
      me: me.data,
      organisation,
      roles: (organisation?.roles ?? []) as TRole[],
      selectOrganisation(id) {
        setChosenId(id);
        try {
          localStorage.setItem(ORGANISATION_KEY, id);
        } catch {
          // Without storage the choice lasts until reload.
        }
      },
    };
  }, [me.data, chosenId]);

  if (me.error) {
    if (me.error.data?.code === "UNAUTHORIZED") return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
    return (
      <PublicLayout title={t("common.appName")}>
        <Alert tone="error">
          <p>{t(`errors.${errorKey(me.error)}`)}</p>
        </Alert>
      </PublicLayout>
    );
  }
  if (!session) {
    return (
      <PublicLayout title={t("common.appName")}>
        <LoadingStatus>{t("common.loading")}</LoadingStatus>
      </PublicLayout>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <AppShell />
    </SessionContext.Provider>
  );
}
