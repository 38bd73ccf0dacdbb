/** How the app looks on this device: larger text and high contrast, each on or off. */
export interface DisplaySettings {
  largeText: boolean;
  highContrast: boolean;
}

const STORAGE_KEY = "skridt.participant.display";
const CLASSES: Record<keyof DisplaySettings, string> = { largeText: "display-large-text", highContrast: "display-high-contrast" };

export function storedDisplaySettings(storage: Pick<Storage, "getItem"> | null = safeStorage()): DisplaySettings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "{}");
    const value = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    return { largeText: value.largeText === true, highContrast: value.highContrast === true };
  } catch {
    return { largeText: false, highContrast: false };
  }
}

/** Remembers the choice on this device (it is about the device's reader, not the link). */
export function storeDisplaySettings(settings: DisplaySettings, storage: Pick<Storage, "setItem"> | null = safeStorage()) {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be refused (private browsing): the choice then lasts for this visit.
  }
}

/** Puts the settings on <html>, where the stylesheet picks them up. */
export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement = document.documentElement) {
  for (const key of Object.keys(CLASSES) as (keyof DisplaySettings)[]) root.classList.toggle(CLASSES[key], settings[key]);
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
