import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN';
import enUS from './en-US';
import { interpolate } from './format';
import { DEFAULT_LOCALE, loadLocale, saveLocale, LOCALE_STORAGE_KEY } from './locales';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty messages', () => {
    for (const [key, value] of [...Object.entries(zhCN), ...Object.entries(enUS)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect(placeholders(enUS[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('carry the required session-expiry notice', () => {
    expect(zhCN['auth.expired']).toBe('登录已过期，请重新登录');
  });

  it('are actually translated (English is not Chinese)', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const chineseInEnglish = Object.entries(enUS).filter(([k, v]) => cjk.test(v) && k !== 'app.name');
    expect(chineseInEnglish).toEqual([]);
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(interpolate('共 {total} 条，已加载 {loaded} 条', { total: 37, loaded: 20 })).toBe('共 37 条，已加载 20 条');
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(interpolate('plain')).toBe('plain');
  });
});

describe('locale persistence', () => {
  it('defaults to Chinese and remembers the choice', () => {
    expect(loadLocale()).toBe(DEFAULT_LOCALE);
    saveLocale('en-US');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US');
    expect(loadLocale()).toBe('en-US');
  });

  it('ignores a garbage saved value', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr-FR');
    expect(loadLocale()).toBe('zh-CN');
  });
});
