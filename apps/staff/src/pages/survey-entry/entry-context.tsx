import type { TEntryMode } from "@skridt/validators";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useParticipantDetails } from "../participant/use-workspace";

/**
 * Above the questionnaire: whose it is, how it is being filled in, and the way back. Not a
 * heading: the questionnaire's own screens carry the page's one h1, as in the participant app.
 */
export function EntryContext({ participantId, mode }: { participantId: string; mode: TEntryMode }) {
  const { t } = useTranslation();
  const participant = useParticipantDetails(participantId);
  const who = participant.data ? (participant.data.name ?? participant.data.code) : "…";
  return (
    <div className="entry-context">
      <p className="back-link">
        <Link to={`/participants/${participantId}?tab=surveys`}>{t("entry.back")}</Link>
      </p>
      <dl className="entry-context__facts" aria-label={t("entry.contextLabel")}>
        <div>
          <dt>{t("entry.participant")}</dt>
          <dd>{who}</dd>
        </div>
        <div>
          <dt>{t("entry.mode")}</dt>
          <dd>{t(`entry.mode_${mode}`)}</dd>
        </div>
      </dl>
    </div>
  );
}
