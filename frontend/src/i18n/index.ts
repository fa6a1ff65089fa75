export { I18nProvider } from './I18nProvider';
export { useI18n, useT, type TFunction } from './context';
export { LOCALES, type Locale, ANTD_LOCALES, loadLocale, saveLocale } from './locales';
export type { MessageKey } from './zh-CN';
