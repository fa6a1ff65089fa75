/**
 * The i18n context: the current locale, `t(key, vars)` and `setLocale`.
 * `t` only accepts keys that exist in the dictionaries (`MessageKey`).
 */
import { createContext, useContext } from 'react';
import type { MessageKey } from './zh-CN';
import type { Locale } from './locales';

export type TFunction = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

export function useI18n(): I18nContextValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}

/** The translate function for the current locale. */
export function useT(): TFunction {
  return useI18n().t;
}
