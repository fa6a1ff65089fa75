/**
 * Times are shown in China Standard Time (Asia/Shanghai), whatever the
 * browser's zone: every user of the console works on Beijing time.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import { DAYJS_LOCALES, type Locale } from '../i18n/locales';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

export const DISPLAY_TZ = 'Asia/Shanghai';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';
export const DATE_FORMAT = 'YYYY-MM-DD';
const EMPTY = '—';

type TimeInput = string | Date | Dayjs | null | undefined;

/** The instant as a Dayjs in Beijing time, or null when empty or invalid. */
export function inShanghai(value: TimeInput): Dayjs | null {
  if (value === null || value === undefined || value === '') return null;
  const d = dayjs(value);
  return d.isValid() ? d.tz(DISPLAY_TZ) : null;
}

/** `2026-11-24 11:06` in Beijing time; `—` when empty. */
export function formatDateTime(value: TimeInput, format = DATE_TIME_FORMAT): string {
  return inShanghai(value)?.format(format) ?? EMPTY;
}

export function formatDate(value: TimeInput): string {
  return formatDateTime(value, DATE_FORMAT);
}

/** `3 小时前` / `3 hours ago`, relative to `now`. */
export function formatRelative(value: TimeInput, locale: Locale, now: TimeInput = new Date()): string {
  const d = inShanghai(value);
  if (!d) return EMPTY;
  const base = inShanghai(now) ?? dayjs();
  return d.locale(DAYJS_LOCALES[locale]).from(base);
}

/** The first instant of a Beijing calendar day (`YYYY-MM-DD`), as an RFC 3339 UTC string. */
export function shanghaiDayStart(day: string): string | null {
  if (!isIsoDay(day)) return null;
  const d = dayjs.tz(day, DISPLAY_TZ);
  return d.isValid() ? d.startOf('day').toISOString() : null;
}

/** The last millisecond of a Beijing calendar day, as an RFC 3339 UTC string. */
export function shanghaiDayEnd(day: string): string | null {
  if (!isIsoDay(day)) return null;
  const d = dayjs.tz(day, DISPLAY_TZ);
  return d.isValid() ? d.endOf('day').toISOString() : null;
}

/** Whether `day` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && dayjs(day).format(DATE_FORMAT) === day;
}
