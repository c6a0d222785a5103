import { t } from './i18n';

/** The card's single-key actions, said while the card has focus (card.css shows it then only). */
export function CardKeysHint() {
  return (
    <p class="card-keys" aria-hidden="true">
      {t('cardKeysHint')}
    </p>
  );
}
