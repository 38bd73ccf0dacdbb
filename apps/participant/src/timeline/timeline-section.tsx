import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocalized } from "@skridt/questionnaire";
import type { Credential } from "../credential";
import { api } from "../trpc";
import { fill, timelineText } from "./text";
import { TimelineChart } from "./timeline-chart";
import "./timeline.css";

type Timeline = Awaited<ReturnType<typeof api.take.timeline.query>>;
type State = { status: "loading" } | { status: "failed" } | { status: "ready"; timeline: Timeline };

const number = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");

/** "Mit forløb": the participant's own scale scores at each occasion and the reviews the mentor shared. */
export default function TimelineSection({ credential }: { credential: Credential }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "da";
  const words = timelineText[lang];
  const text = useLocalized();
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === "en" ? "en-GB" : "da-DK", { day: "numeric", month: "long", year: "numeric" });
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    api.take.timeline.query(credential).then(
      (timeline) => !cancelled && setState({ status: "ready", timeline }),
      () => !cancelled && setState({ status: "failed" }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (state.status === "loading") return <p role="status">{words.loading}</p>;
  if (state.status === "failed") return <p role="status">{words.failed}</p>;
  const { scales, reviews } = state.timeline;
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{words.title}</h2>
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
