/**
 * Pure helpers of the working-calendar page: shifts as text, weekdays in
 * order, the days of a holiday, and the calendar each team follows.
 */

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];

export interface ShiftText {
  start: string;
  end: string;
}

/** `09:00–12:00、13:30–18:00` (the separator is the caller's). */
export function formatShifts(shifts: readonly ShiftText[], separator = ', '): string {
  return shifts.map((s) => `${s.start}–${s.end}`).join(separator);
}

/** A time of day as the server takes it: `HH:MM`, or `24:00` as an end. */
export function isTimeOfDay(text: string, asEnd = false): boolean {
  const v = text.trim();
  if (asEnd && v === '24:00') return true;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(v);
  return m !== null;
}

/** Weekdays in calendar order, without repeats. */
export function sortWeekdays(days: readonly string[]): WeekdayCode[] {
  return WEEKDAYS.filter((d) => days.includes(d));
}

/** The weekday of an ISO date (`2026-10-10` → `SAT`), read as a calendar date. */
export function weekdayOf(isoDate: string): WeekdayCode {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  // getUTCDay: 0 = Sunday
  return WEEKDAYS[(day + 6) % 7] ?? 'MON';
}

/** Days from `start` to `end`, both included. */
export function daysInclusive(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

export interface CalendarRow {
  id: string;
  name: string;
  isDefault: boolean;
  teamIds: readonly string[];
}

/** The calendar a team follows: its own, else the default one. */
export function calendarOfTeam<T extends CalendarRow>(calendars: readonly T[], teamId: string): T | undefined {
  return calendars.find((c) => c.teamIds.includes(teamId)) ?? calendars.find((c) => c.isDefault);
}

/** The id a team is explicitly assigned to, or `null` when it follows the default. */
export function assignedCalendarId(calendars: readonly CalendarRow[], teamId: string): string | null {
  return calendars.find((c) => c.teamIds.includes(teamId))?.id ?? null;
}
