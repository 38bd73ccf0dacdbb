import { Button } from "@skridt/ui";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { formatDay } from "../../lib/format";
import { useSession } from "../../shell/session-context";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { AfterEnding } from "./after-ending";
import { EndParticipationForm } from "./end-participation-form";
import { ReassignMentorForm } from "./reassign-mentor-form";
import { ReopenParticipationForm } from "./reopen-participation-form";
import type { Participant } from "./use-workspace";

type Panel = "end" | "reopen" | "reassign";

/**
 * Ending, reopening and (for administrators) changing mentor: the buttons for the header's
 * action row, and what opens under the header: the form, then a notice and what comes next.
 */
export function useParticipationControls(participant: Participant): { buttons: ReactNode; below: ReactNode } {
  const { t } = useTranslation();
  const lang = useLang();
  const { roles } = useSession();
  const [panel, setPanel] = useState<Panel | null>(null);
  const notice = useSuccessNotice();
  if (participant.erased) return { buttons: null, below: null };

  const toggle = (next: Panel) => {
    notice.clear();
    setPanel(panel === next ? null : next);
  };
  const close = (message?: string) => {
    setPanel(null);
    if (message) notice.show(message);
  };
  const button = (id: Panel, label: string) => (
    <Button variant="secondary" aria-expanded={panel === id} onClick={() => toggle(id)}>
      {label}
    </Button>
  );

  const buttons = (
    <>
      {participant.endedOn ? button("reopen", t("lifecycle.reopen")) : button("end", t("lifecycle.end"))}
      {roles.includes("admin") ? button("reassign", t("lifecycle.reassign")) : null}
    </>
  );
  const below = (
    <>
      {panel === "end" && !participant.endedOn ? (
        <EndParticipationForm
          participantId={participant.id}
          enrolledOn={participant.enrolledOn}
          onCancel={() => close()}
          onEnded={(endedOn) => close(t("lifecycle.endedNotice", { date: formatDay(endedOn, lang) }))}
        />
      ) : null}
      {panel === "reopen" && participant.endedOn ? (
        <ReopenParticipationForm participantId={participant.id} onCancel={() => close()} onReopened={() => close(t("lifecycle.reopenedNotice"))} />
      ) : null}
      {panel === "reassign" ? (
        <ReassignMentorForm
          participantId={participant.id}
          currentMentorId={participant.mentor?.id ?? null}
          onCancel={() => close()}
          onReassigned={(name) => close(t("lifecycle.reassignedNotice", { name }))}
        />
      ) : null}
      {notice.element}
      {participant.endedOn ? <AfterEnding participantId={participant.id} programmeId={participant.programme.id} endedOn={participant.endedOn} /> : null}
    </>
  );
  return { buttons, below };
}
