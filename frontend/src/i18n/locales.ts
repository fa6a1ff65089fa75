/**
 * The console's languages: message dictionaries, the antd locale and the
 * dayjs locale for each, and how the choice is persisted (localStorage).
 */
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/locale/zh_CN';
import antdEnUS from 'antd/locale/en_US';
import zhCN, { type Messages } from './zh-CN';
import enUS from './en-US';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'kesu.locale';

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
export const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': antdZhCN, 'en-US': antdEnUS };
export const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** The saved choice, or Chinese (the default, whatever the browser says). */
export function loadLocale(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Locale {
  try {
    const saved = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
