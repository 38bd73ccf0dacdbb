export interface LanguageOption {
  code: string;
  /** The language's name in itself ("Dansk", "English"), so anyone can find their own. */
  label: string;
}

export interface LanguageSwitchProps {
  value: string;
  options: readonly LanguageOption[];
  onChange: (code: string) => void;
  /** Accessible name of the group, in the current language. */
  groupLabel: string;
}

/** Toggle buttons rather than a select: one tap on a phone, and the state is announced (aria-pressed). */
export function LanguageSwitch({ value, options, onChange, groupLabel }: LanguageSwitchProps) {
  return (
    <div role="group" aria-label={groupLabel} className="ui-language-switch">
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          className="ui-language-switch__option"
          aria-pressed={option.code === value}
          onClick={() => option.code !== value && onChange(option.code)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
