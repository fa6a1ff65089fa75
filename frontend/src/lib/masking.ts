/**
 * Personal data in lists is masked by the server (`138****1234`). These
 * helpers only display it, and mask again anything that arrives in clear by
 * mistake, so a list never shows a full phone number.
 */

export function isMasked(value: string): boolean {
  return value.includes('*');
}

/** `13812345678` → `138****5678`; already-masked values are kept. */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  if (isMasked(value)) return value;
  const digits = value.replace(/[\s-]/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return '*'.repeat(Math.max(digits.length, 4));
}

/** `王小明` → `王**`; already-masked values are kept. */
export function maskName(value: string | null | undefined): string {
  if (!value) return '';
  if (isMasked(value)) return value;
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return chars.join('');
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
