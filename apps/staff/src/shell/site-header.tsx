import { Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useTRPC } from "../trpc";
import { LanguageChooser } from "./language-chooser";
import { OrganisationSwitcher } from "./organisation-switcher";
import { useSession } from "./session-context";

export function SiteHeader() {
  const { t } = useTranslation();
  const { me } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // Whatever the server says, this browser forgets the user's data.
      onSettled(data) {
        queryClient.clear();
        // A single sign-on session ends at the organisation's provider too, which sends the browser back.
        if (data?.redirectTo) window.location.assign(data.redirectTo);
        else void navigate("/sign-in", { replace: true });
      },
    }),
  );
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          {t("common.appName")}
        </Link>
        <p className="site-header__user">{t("shell.signedInAs", { name: me.name })}</p>
        <div className="site-header__tools">
          <OrganisationSwitcher />
          <LanguageChooser signedIn />
          <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
            {t("shell.signOut")}
          </Button>
        </div>
      </div>
    </header>
  );
}
