/**
 * Money on the wire is an integer number of fen (1/100 yuan, `…Cents`
 * fields); people type and read yuan. Conversions round to the nearest fen
 * so that 19.99 元 is 1999 fen, not 1998.9999….
 */

import type { TFunction } from '../i18n/context';

/** Yuan as typed (a number or text such as `1,234.5`) → fen; null for empty or invalid input. */
export function yuanToCents(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value.replace(/[,\s，¥￥元]/g, ''));
  if (typeof value === 'string' && value.trim() === '') return null;
  if (!Number.isFinite(n)) return null;
  const cents = Math.round(n * 100);
  // -0 → 0
  return cents === 0 ? 0 : cents;
}

/** Fen → yuan as a number (for an input's value); null stays null. */
export function centsToYuan(cents: number | null | undefined): number | null {
  if (cents === null || cents === undefined) return null;
  return cents / 100;
}

/**
 * Fen → `1,234.50 元` (or `¥1,234.50` with `style: 'symbol'`); `—` when empty.
 * Pass `t` to word the unit in the console's language (`CNY 1,234.50`).
 */
export function formatCents(
  cents: number | null | undefined,
  style: 'suffix' | 'symbol' = 'suffix',
  t?: TFunction,
): string {
  if (cents === null || cents === undefined) return '—';
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const yuan = Math.floor(abs / 100);
  const fen = abs % 100;
  const text = `${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}`;
  const signed = negative ? `-${text}` : text;
  if (style === 'symbol') return `${negative ? '-' : ''}¥${text}`;
  return t ? t('money.amount', { amount: signed }) : `${signed} 元`;
}
