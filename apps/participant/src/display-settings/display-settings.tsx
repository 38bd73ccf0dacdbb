import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyDisplaySettings, storedDisplaySettings, storeDisplaySettings, type DisplaySettings } from "./settings";
import { displayText } from "./text";
import "./display-settings.css";

/**
 * "Tekst og farver" in the header of every screen: larger text and high contrast, remembered
 * on this device. A lazy chunk (see lazy-display-settings), so it applies a stored choice
 * moments after the first paint rather than adding to the first download.
 */
export default function DisplaySettingsMenu() {
  const { i18n } = useTranslation();
  const words = displayText[i18n.language === "en" ? "en" : "da"];
  const [settings, setSettings] = useState<DisplaySettings>(() => storedDisplaySettings());
  useEffect(() => applyDisplaySettings(settings), [settings]);

  const toggle = (key: keyof DisplaySettings) => {
    const next = { ...settings, [key]: !settings[key] };
    storeDisplaySettings(next);
    setSettings(next);
  };

  return (
    <details className="display-settings">
      <summary>{words.open}</summary>
      <fieldset className="display-settings__panel">
        <legend className="ui-visually-hidden">{words.group}</legend>
        <label className="display-settings__option">
          <input type="checkbox" checked={settings.largeText} onChange={() => toggle("largeText")} />
          {words.largeText}
        </label>
        <label className="display-settings__option">
          <input type="checkbox" checked={settings.highContrast} onChange={() => toggle("highContrast")} />
          {words.highContrast}
        </label>
      </fieldset>
    </details>
  );
}
