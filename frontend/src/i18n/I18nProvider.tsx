import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { I18nContext, type I18nContextValue, type TFunction } from './context';
import { DAYJS_LOCALES, MESSAGES, loadLocale, saveLocale, type Locale } from './locales';
import { interpolate } from './format';

/** Provides the locale; the choice is saved in localStorage. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? loadLocale());

  // dayjs' locale is global; set it before children render relative times
  dayjs.locale(DAYJS_LOCALES[locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);

  const t = useCallback<TFunction>((key, vars) => interpolate(MESSAGES[locale][key], vars), [locale]);

  const value = useMemo<I18nContextValue>(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
