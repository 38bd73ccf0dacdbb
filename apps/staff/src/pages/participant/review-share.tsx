import { useTranslation } from "react-i18next";

const words = {
  da: {
    label: "Del med deltageren",
    hint: "Deltageren kan så se jeres to tal for hvert område under Mit forløb via sit personlige link. Noterne deles aldrig.",
  },
  en: {
    label: "Share with the participant",
    hint: "The participant can then see your two scores for each area under My progress through their personal link. Notes are never shared.",
  },
} as const;

/** The review form's "Del med deltageren": whether the participant sees this review's scores in Mit forløb. */
export function ReviewShareField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { i18n } = useTranslation();
  const text = words[i18n.language === "en" ? "en" : "da"];
  return (
    <div className="review-share">
      <label className="ui-choice">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby="review-share-hint" /> {text.label}
      </label>
      <p className="hint" id="review-share-hint">
        {text.hint}
      </p>
    </div>
  );
}
