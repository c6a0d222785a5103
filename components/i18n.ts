/**
 * Interface strings in the browser's language (English, simplified or
 * traditional Chinese) from public/_locales; English when the API is missing.
 */
import english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No extension context (unit tests): fall through to English.
  }
  let text = english[key].message;
  substitutions.forEach((value) => (text = text.replace(/\$[A-Z]+\$/, value)));
  return text;
}
