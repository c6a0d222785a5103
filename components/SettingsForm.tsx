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
      <label class="row">
        {t('settingCardDelay')}
        <input
          type="number"
          name="cardDelay"
          min={CARD_DELAY_RANGE.min}
          max={CARD_DELAY_RANGE.max}
          step={50}
          value={settings.cardDelay}
          onChange={(event) => set({ cardDelay: Number(event.currentTarget.value) })}
        />
      </label>
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
