import { describe, expect, it } from 'vitest';
import {
  assignedCalendarId,
  calendarOfTeam,
  daysInclusive,
  formatShifts,
  isTimeOfDay,
  sortWeekdays,
  weekdayOf,
} from './calendarModel';

describe('calendar page helpers', () => {
  it('writes split shifts in order', () => {
    expect(
      formatShifts([
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '18:00' },
      ]),
    ).toBe('09:00–12:00, 13:30–18:00');
  });

  it('accepts HH:MM and 24:00 only as an end', () => {
    expect(isTimeOfDay('09:00')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('24:00', true)).toBe(true);
    expect(isTimeOfDay('9:00')).toBe(false);
    expect(isTimeOfDay('12:60')).toBe(false);
    expect(isTimeOfDay('9am')).toBe(false);
  });

  it('knows the weekday of the 2026 make-up days', () => {
    expect(weekdayOf('2026-01-04')).toBe('SUN');
    expect(weekdayOf('2026-02-14')).toBe('SAT');
    expect(weekdayOf('2026-09-20')).toBe('SUN');
    expect(weekdayOf('2026-10-10')).toBe('SAT');
    expect(weekdayOf('2026-10-01')).toBe('THU');
  });

  it('counts holiday days inclusively', () => {
    expect(daysInclusive('2026-10-01', '2026-10-07')).toBe(7);
    expect(daysInclusive('2026-02-15', '2026-02-23')).toBe(9);
    expect(daysInclusive('2026-01-01', '2026-01-01')).toBe(1);
  });

  it('orders weekend days Monday first', () => {
    expect(sortWeekdays(['SUN', 'SAT', 'SUN'])).toEqual(['SAT', 'SUN']);
  });

  it('gives a team its own calendar, else the default', () => {
    const cals = [
      { id: '1', name: '标准工作日历', isDefault: true, teamIds: [] },
      { id: '2', name: '7×24 热线日历', isDefault: false, teamIds: ['5'] },
    ];
    expect(calendarOfTeam(cals, '5')?.id).toBe('2');
    expect(calendarOfTeam(cals, '6')?.id).toBe('1');
    expect(assignedCalendarId(cals, '5')).toBe('2');
    expect(assignedCalendarId(cals, '6')).toBeNull();
  });
});
