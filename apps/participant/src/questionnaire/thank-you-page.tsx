import type { TOccasion } from "@skridt/instruments/client";
import { lazy, Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Credential } from "../credential";
import { CareHelp } from "./care-help";

// The chart and its code are fetched only after an end questionnaire: nobody else pays for them.
const ChangeSection = lazy(() => import("./change-section"));
// "Mit forløb" likewise: fetched only on a participant's own link once they have sent it.
const TimelineSection = lazy(() => import("../timeline/timeline-section"));

/**
 * After sending: thanks, after the end questionnaire the participant's own change, and where to
 * get help when the answers call for care (neither ever for an employer or volunteer).
 */
export function ThankYouPage({
  occasion,
  credential,
  title,
  afterSubmit = false,
  showChange = true,
  expiresAt = null,
}: {
  occasion: TOccasion;
  credential: Credential;
  title?: string;
  afterSubmit?: boolean;
  showChange?: boolean;
  /** The link's expiry, when known: the timeline's offline copy never outlives the link. */
  expiresAt?: string | null;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The review page (and the button that had focus) is gone: start reading at the thanks.
  useEffect(() => {
    if (afterSubmit) heading.current?.focus();
  }, [afterSubmit]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title ?? t("thanks.title")}
      </h1>
      <p className="lead">{t("thanks.body")}</p>
      {/* Where to get help comes first: on a phone it must not wait below a chart. */}
      {showChange ? <CareHelp credential={credential} /> : null}
      {occasion === "end" && showChange ? (
        <Suspense fallback={<p role="status">{t("thanks.changeLoading")}</p>}>
          <ChangeSection credential={credential} />
        </Suspense>
      ) : null}
      {showChange ? (
        <Suspense fallback={null}>
          <TimelineSection credential={credential} occasion={occasion} expiresAt={expiresAt} />
        </Suspense>
      ) : null}
    </>
  );
}
