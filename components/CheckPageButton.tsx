import { t } from './i18n';

/** The cards' way into the side panel: every check on the page, beside the statement. */
export function CheckPageButton({ onClick }: { onClick?: () => void }) {
  if (!onClick) return null;
  return (
    <p class="card-check-page">
      <button type="button" class="card-link" onClick={onClick}>
        {t('checkWholePage')}
      </button>
    </p>
  );
}
