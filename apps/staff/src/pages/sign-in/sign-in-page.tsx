import { zodResolver } from "@hookform/resolvers/zod";
import { ZSignIn, ZSsoRefusal, type TSignIn } from "@skridt/validators";
import { Alert, Button, FormField, QueryState } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { currentLocale, storedLocale } from "../../i18n";
import { PublicLayout } from "../../shell/public-layout";
import { useTRPC } from "../../trpc";
import { SsoLink } from "./sso-link";
import "./sign-in.css";

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const [params] = useSearchParams();
  const state = location.state as { from?: string; expired?: boolean } | null;
  const from = state?.from && state.from !== "/sign-in" ? state.from : undefined;
  // Which ways in this server offers (password, the organisation's provider): from its environment.
  const methods = useQuery(trpc.auth.methods.queryOptions(undefined, { staleTime: Infinity }));
  // Sent back here by the server when single sign-on was refused (?sso=<reason>).
  const refusal = ZSsoRefusal.safeParse(params.get("sso"));

  return (
    <PublicLayout title={t("signIn.title")}>
      <QueryState query={methods} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(ways) => (
          <>
            <p>{ways.sso ? t(ways.password ? "signIn.introBoth" : "signIn.introSso", { provider: ways.sso.label }) : t("signIn.intro")}</p>
            {refusal.success ? (
              <Alert tone="error">
                <p>{t(`signIn.ssoRefused.${refusal.data}`)}</p>
              </Alert>
            ) : null}
            {ways.sso ? <SsoLink label={ways.sso.label} from={from} /> : null}
            {ways.sso && ways.password ? <p className="sign-in__or">{t("signIn.or")}</p> : null}
            {ways.password ? <PasswordForm from={from} expired={!!state?.expired} /> : null}
          </>
        )}
      </QueryState>
    </PublicLayout>
  );
}

function PasswordForm({ from, expired }: { from: string | undefined; expired: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const setLocale = useMutation(trpc.auth.setLocale.mutationOptions());
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useForm<z.input<typeof ZSignIn>, unknown, TSignIn>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
    } catch {
      return; // shown from signIn.error
    }
    // A language picked on this device before signing in is kept for the user from now on.
    if (storedLocale()) await setLocale.mutateAsync({ locale: currentLocale() }).catch(() => undefined);
    queryClient.clear();
    void navigate(from ?? "/", { replace: true });
  });

  return (
    <>
      {expired && !signIn.error ? (
        <Alert tone="info">
          <p>{t("errors.not_signed_in")}</p>
        </Alert>
      ) : null}
      {signIn.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(signIn.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("signIn.email")} error={errors.email?.message}>
          {(field) => <input {...field} {...form.register("email")} type="email" autoComplete="username" required />}
        </FormField>
        <FormField label={t("signIn.password")} error={errors.password?.message}>
          {(field) => <input {...field} {...form.register("password")} type="password" autoComplete="current-password" required />}
        </FormField>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("signIn.submit")}
        </Button>
      </form>
    </>
  );
}
