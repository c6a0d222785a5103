import { useEffect, useState } from 'preact/hooks';
import type { TraditionalMode } from '@/core/renderings';
import {
  CARD_DELAY_RANGE,
  withSite,
  type GeneralTopicsMode,
  type HighlightStyle,
  type Settings,
} from '@/core/settings';
import { t, type MessageKey } from './i18n';

interface SettingsFormProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

const GENERAL: [GeneralTopicsMode, MessageKey][] = [
  ['auto', 'generalAuto'],
  ['always', 'generalAlways'],
  ['never', 'generalNever'],
];
const TRADITIONAL: [TraditionalMode, MessageKey][] = [
  ['auto', 'traditionalAuto'],
  ['always', 'traditionalAlways'],
  ['never', 'traditionalNever'],
];
const STYLES: [HighlightStyle, MessageKey][] = [
  ['underline', 'styleUnderline'],
  ['tint', 'styleTint'],
  ['off', 'styleOff'],
];

/** Every setting, applied as soon as it changes. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <RadioGroup
        legend={t('settingGeneralTopics')}
        name="generalTopics"
        options={GENERAL}
        value={settings.generalTopics}
        onChange={(generalTopics) => set({ generalTopics })}
      />
      <RadioGroup
        legend={t('settingHighlightStyle')}
        name="highlightStyle"
        options={STYLES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => set({ highlightStyle })}
      />
      <RadioGroup
        legend={t('settingTraditional')}
        name="traditionalText"
        options={TRADITIONAL}
        value={settings.traditionalText}
        onChange={(traditionalText) => set({ traditionalText })}
      />
      <label class="row">
        <input
          type="checkbox"
          name="quoteChecking"
          checked={settings.quoteChecking}
          onChange={(event) => set({ quoteChecking: event.currentTarget.checked })}
        />
        {t('settingQuoteChecking')}
      </label>
      <CardDelayField value={settings.cardDelay} onChange={(cardDelay) => set({ cardDelay })} />
      <p class="muted shortcut-note">{t('settingShortcut')}</p>
      <fieldset>
        <legend>{t('settingDisabledSites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('settingNoDisabledSites')}</p>
        ) : (
          <ul>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => onChange(withSite(settings, site, true))}>
                  {t('settingEnableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}

/** A whole number of milliseconds in range, or null for anything else (empty, −5, 1e9, 12.5). */
export function parseCardDelay(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= CARD_DELAY_RANGE.min && value <= CARD_DELAY_RANGE.max ? value : null;
}

/** The card delay: only a valid value is saved; anything else is said to be invalid, with the value in use. */
function CardDelayField({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!invalid) setDraft(String(value));
  }, [value, invalid]);
  const edit = (text: string) => {
    setDraft(text);
    const parsed = parseCardDelay(text);
    setInvalid(parsed === null);
    if (parsed !== null && parsed !== value) onChange(parsed);
  };
  return (
    <div class="field">
      <label class="row">
        {t('settingCardDelay')}
        <input
          type="number"
          name="cardDelay"
          inputMode="numeric"
          min={CARD_DELAY_RANGE.min}
          max={CARD_DELAY_RANGE.max}
          step={50}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'card-delay-error' : undefined}
          onInput={(event) => edit(event.currentTarget.value)}
        />
      </label>
      {invalid && (
        <p id="card-delay-error" class="field-error" role="alert">
          {t('settingCardDelayInvalid', String(value))}
        </p>
      )}
    </div>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly [T, MessageKey][];
  value: T;
  onChange: (value: T) => void;
}

function RadioGroup<T extends string>({ legend, name, options, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
