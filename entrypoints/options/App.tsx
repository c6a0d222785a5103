import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/core/settings';
import { SettingsForm } from '@/components/SettingsForm';
import { t } from '@/components/i18n';
import { loadSettings, saveSettings, watchSettings } from '@/platform/settings-store';

type SaveState = 'idle' | 'saved' | 'failed';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<SaveState>('idle');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const change = async (next: Settings) => {
    setSettings(next);
    if (await saveSettings(next)) return setSaved('saved');
    // Nothing was stored: show the settings that are in use, not the ones that were refused.
    setSaved('failed');
    setSettings(await loadSettings());
  };

  return (
    <main class="options">
      <h1>{t('settingsTitle')}</h1>
      {settings && <SettingsForm settings={settings} onChange={(next) => void change(next)} />}
      <p class="status" role="status" aria-live="polite">
        {saved === 'saved' ? t('settingsSaved') : saved === 'failed' ? t('settingsSaveFailed') : ''}
      </p>
    </main>
  );
}
