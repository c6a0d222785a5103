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
      <fieldset>
        <legend>{t('settingGeneralTopics')}</legend>
        {GENERAL.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="generalTopics"
              value={value}
              checked={settings.generalTopics === value}
              onChange={() => set({ generalTopics: value })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingHighlightStyle')}</legend>
        {STYLES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => set({ highlightStyle: value })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
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
