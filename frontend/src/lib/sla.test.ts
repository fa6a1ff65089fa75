import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../i18n/zh-CN';
import enUS from '../i18n/en-US';
import { interpolate } from '../i18n/format';
import type { TFunction } from '../i18n';
import {
  SLA_STATE_COLORS,
  canPauseClock,
  canResumeClock,
  clockEventLines,
  clockMentions,
  dueRelative,
  formatDuration,
  isClockEvent,
  remainingText,
  targetLabel,
} from './sla';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const tEn: TFunction = (key: MessageKey, vars) => interpolate(enUS[key], vars);

describe('remaining time', () => {
  it('says hours and minutes, working time, in both languages', () => {
    expect(remainingText(tZh, 135)).toBe('剩余 2 小时 15 分（工作时间）');
    expect(remainingText(tEn, 135)).toBe('2 h 15 min left (working time)');
    expect(remainingText(tZh, 120)).toBe('剩余 2 小时（工作时间）');
    expect(remainingText(tZh, 59, false)).toBe('剩余 59 分钟');
    expect(remainingText(tZh, 0)).toBe('剩余 0 分钟（工作时间）');
  });

  it('says how long ago it ran out once negative', () => {
    expect(remainingText(tZh, -35)).toBe('已超时 35 分钟');
    expect(remainingText(tEn, -35)).toBe('Overdue by 35 min');
    expect(remainingText(tZh, -1500)).toBe('已超时 25 小时');
  });

  it('rounds to whole minutes', () => {
    expect(formatDuration(tZh, 90.4)).toBe('1 小时 30 分');
    expect(formatDuration(tZh, -0.2)).toBe('0 分钟');
  });

  it('says when the clock runs out relative to now', () => {
    const now = new Date('2026-12-05T08:00:00Z');
    expect(dueRelative(tZh, '2026-12-05T10:00:00Z', 'zh-CN', now)).toBe('2 小时内到期');
    expect(dueRelative(tEn, '2026-12-05T10:00:00Z', 'en-US', now)).toBe('due in 2 hours');
    expect(dueRelative(tZh, '2026-12-05T07:25:00Z', 'zh-CN', now)).toBe('35 分钟前到期');
  });
});

describe('target labels', () => {
  it('word each unit', () => {
    expect(targetLabel(tZh, { value: 24, unit: 'HOURS' })).toBe('24 小时');
    expect(targetLabel(tZh, { value: 3, unit: 'WORKING_DAYS' })).toBe('3 个工作日');
    expect(targetLabel(tZh, { value: 12, unit: 'WORKING_HOURS' })).toBe('12 个工作小时');
    expect(targetLabel(tEn, { value: 3, unit: 'WORKING_DAYS' })).toBe('3 working days');
  });
});

describe('pause and resume', () => {
  it('pauses only a running clock and resumes only a paused one', () => {
    expect(['ON_TRACK', 'AT_RISK', 'BREACHED'].every((s) => canPauseClock(s as never))).toBe(true);
    expect(canPauseClock('PAUSED')).toBe(false);
    expect(canPauseClock('MET')).toBe(false);
    expect(canResumeClock('PAUSED', null)).toBe(true);
    expect(canResumeClock('ON_TRACK', null)).toBe(false);
    expect(canResumeClock('MET', undefined)).toBe(false);
  });

  it('colours states as agreed', () => {
    expect(SLA_STATE_COLORS).toMatchObject({ ON_TRACK: 'green', AT_RISK: 'orange', BREACHED: 'red', MET: 'blue' });
  });
});

describe('clock events on the timeline', () => {
  it('reads both data shapes and drops junk', () => {
    expect(
      clockMentions({
        clocks: [
          { clock: 'first_response', step: null, dueAt: '2026-12-06T01:30:00Z', paused: false },
          { clock: 'step', step: 'escalation', dueAt: '2026-12-05T02:00:00Z' },
          { clock: 'step', step: 'teleport' },
          'nonsense',
        ],
      }),
    ).toEqual([
      { clock: 'first_response', dueAt: '2026-12-06T01:30:00Z' },
      { clock: 'ESCALATION', dueAt: '2026-12-05T02:00:00Z' },
    ]);
    expect(clockMentions({ clock: 'resolution', step: null, at: 'x', dueAt: '2026-12-08T08:00:00Z' })).toEqual([
      { clock: 'resolution', dueAt: '2026-12-08T08:00:00Z' },
    ]);
    expect(clockMentions(null)).toEqual([]);
    expect(clockMentions([1, 2])).toEqual([]);
    expect(clockMentions({ clocks: 'x' })).toEqual([]);
  });

  it('writes one line per clock, due times in Beijing time', () => {
    const started = {
      clocks: [
        { clock: 'first_response', dueAt: '2026-12-06T01:30:00Z' },
        { clock: 'step', step: 'investigation', dueAt: null, paused: true },
      ],
    };
    expect(clockEventLines(tZh, 'CLOCK_STARTED', started)).toEqual([
      '开始计时：首次响应，截止 2026-12-06 09:30',
      '开始计时（暂停中）：部门查证',
    ]);
    expect(clockEventLines(tZh, 'CLOCK_BREACHED', { clock: 'resolution', dueAt: '2026-12-08T08:00:00Z' })).toEqual([
      '办结 已超时，截止 2026-12-08 16:00',
    ]);
    const moved = { clocks: [{ clock: 'resolution' }, { clock: 'step', step: 'escalation' }] };
    expect(clockEventLines(tZh, 'CLOCK_PAUSED', moved)).toEqual(['涉及：办结、一线升级']);
    expect(clockEventLines(tEn, 'CLOCK_RESUMED', moved)).toEqual(['Clocks: Resolution, Frontline escalation']);
    expect(clockEventLines(tEn, 'CLOCK_PAUSED', {})).toEqual([]);
    expect(isClockEvent('CLOCK_REARMED')).toBe(true);
    expect(isClockEvent('NOTE_ADDED')).toBe(false);
  });
});
