import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocalized } from "@skridt/questionnaire";
import type { Credential } from "../credential";
import { api, errorKey } from "../trpc";
import { credentialKey } from "../credential";
import { fill, timelineText } from "./text";
import { timelineCopy, type TTimeline } from "./timeline-copy";
import { TimelineChart } from "./timeline-chart";
import "./timeline.css";

/** Ready: fresh from the server, or (offlineFetchedAt set) the copy kept from the last time it was fetched. */
type State = { status: "loading" } | { status: "failed" } | { status: "ready"; timeline: TTimeline; offlineFetchedAt?: number };

const number = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");

/**
 * "Mit forløb": the participant's own scale scores at each occasion and the reviews the mentor
 * shared. Without a connection it shows the copy kept from the last fetch, saying so and when.
 */
export default function TimelineSection({ credential, occasion, expiresAt }: { credential: Credential; occasion: string; expiresAt: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "da";
  const words = timelineText[lang];
  const text = useLocalized();
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === "en" ? "en-GB" : "da-DK", { day: "numeric", month: "long", year: "numeric" });
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    const key = credentialKey(credential);
    api.take.timeline.query(credential).then(
      (timeline) => {
        timelineCopy.save(key, { occasion, expiresAt, timeline });
        if (!cancelled) setState({ status: "ready", timeline });
      },
      (error: unknown) => {
        // No answer from the server (no connection): the copy from the last fetch, if any.
        // Any answer that refuses (link withdrawn or expired) removes the copy as well.
        const copy = errorKey(error) === null ? timelineCopy.read(key) : (timelineCopy.forget(key), null);
        if (cancelled) return;
        setState(copy ? { status: "ready", timeline: copy.timeline, offlineFetchedAt: copy.fetchedAt } : { status: "failed" });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (state.status === "loading") return <p role="status">{words.loading}</p>;
  if (state.status === "failed") return <p role="status">{words.failed}</p>;
  const { scales, reviews } = state.timeline;
  const fetched = state.offlineFetchedAt === undefined ? null : new Date(state.offlineFetchedAt);
  const locale = lang === "en" ? "en-GB" : "da-DK";
  const when = (at: Date) =>
    fill(words.at, {
      day: at.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" }),
      time: at.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }),
    });
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{words.title}</h2>
      {fetched ? (
        <p className="timeline__offline" role="status">
          {fill(words.offline, { when: when(fetched) })}
        </p>
      ) : null}
      <p>{words.intro}</p>
      {scales.length === 0 && reviews.length === 0 ? <p>{words.none}</p> : null}
      <ul className="timeline__scales">
        {scales.map((scale) => (
          <li key={`${scale.instrumentId}/${scale.scaleId}`} className="timeline__scale">
            <h3>{text(scale.label)}</h3>
            <ul className="timeline__points">
              {scale.points.map((point, i) => (
                <li key={i}>
                  {fill(words.point, { occasion: words.occasion[point.occasion] ?? point.occasion, day: day(point.on), value: number(point.value) })}
                </li>
              ))}
            </ul>
            <p>
              {scale.sentence ? t(`thanks.${scale.sentence}`) : words.one}
              {scale.higherIsBetter ? "" : ` ${words.lowerIsBetter}`}
            </p>
            <TimelineChart values={scale.points.map((p) => p.value)} range={scale.range} />
          </li>
        ))}
      </ul>
      {reviews.length > 0 ? (
        <>
          <h3>{words.reviewsTitle}</h3>
          {reviews.map((review) => (
            // A narrow phone may scroll the table sideways: the region can then be reached by keyboard.
            <div className="timeline__review" key={review.on} role="region" tabIndex={0} aria-label={fill(words.reviewCaption, { day: day(review.on) })}>
              <table>
                <caption>{fill(words.reviewCaption, { day: day(review.on) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{words.area}</th>
                    <th scope="col">{words.yours}</th>
                    <th scope="col">{words.mentors}</th>
                  </tr>
                </thead>
                <tbody>
                  {review.areas.map((area) => (
                    <tr key={text(area.label)}>
                      <th scope="row">{text(area.label)}</th>
                      <td>{area.participant === null ? words.notGiven : number(area.participant)}</td>
                      <td>{number(area.mentor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="timeline__note">{fill(words.scaleNote, { min: review.range.min, max: review.range.max })}</p>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
