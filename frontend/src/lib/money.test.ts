import { describe, expect, it } from 'vitest';
import zhCN from '../i18n/zh-CN';
import enUS from '../i18n/en-US';
import { interpolate } from '../i18n/format';
import type { TFunction } from '../i18n/context';
import { centsToYuan, formatCents, yuanToCents } from './money';

describe('yuan → fen', () => {
  it('rounds to the nearest fen instead of truncating binary fractions', () => {
    expect(yuanToCents(19.99)).toBe(1999);
    expect(yuanToCents(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(yuanToCents(1.005)).toBe(100); // 100.49999… in binary: rounds down, never 101
    expect(yuanToCents(30)).toBe(3000);
  });

  it('reads what people type', () => {
    expect(yuanToCents('1,234.56')).toBe(123456);
    expect(yuanToCents(' 60 元')).toBe(6000);
    expect(yuanToCents('￥12.3')).toBe(1230);
  });

  it('is null for nothing or nonsense, and never -0', () => {
    expect(yuanToCents(null)).toBeNull();
    expect(yuanToCents(undefined)).toBeNull();
    expect(yuanToCents('')).toBeNull();
    expect(yuanToCents('   ')).toBeNull();
    expect(yuanToCents('abc')).toBeNull();
    expect(yuanToCents(Number.NaN)).toBeNull();
    expect(Object.is(yuanToCents(-0.001), 0)).toBe(true);
  });
});

describe('fen → yuan', () => {
  it('converts back exactly for display and inputs', () => {
    expect(centsToYuan(1999)).toBe(19.99);
    expect(centsToYuan(null)).toBeNull();
    expect(formatCents(6000)).toBe('60.00 元');
    expect(formatCents(123456789)).toBe('1,234,567.89 元');
    expect(formatCents(5)).toBe('0.05 元');
    expect(formatCents(-1250)).toBe('-12.50 元');
    expect(formatCents(1460000, 'symbol')).toBe('¥14,600.00');
    expect(formatCents(null)).toBe('—');
    expect(formatCents(0)).toBe('0.00 元');
  });
});

describe('money in the console language', () => {
  it('says 元 in Chinese and CNY in English', () => {
    const zh: TFunction = (k, v) => interpolate(zhCN[k], v);
    const en: TFunction = (k, v) => interpolate(enUS[k], v);
    expect(formatCents(123450, 'suffix', zh)).toBe('1,234.50 元');
    expect(formatCents(123450, 'suffix', en)).toBe('CNY 1,234.50');
    expect(formatCents(-5, 'suffix', en)).toBe('CNY -0.05');
  });
});
