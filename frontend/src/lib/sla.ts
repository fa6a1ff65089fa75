/**
 * Time limits (SLA clocks) in the console: the enum lists and colours, and
 * the words for targets, remaining time and the clock events' data.
 */
import type { SlaState, SlaStep, TargetUnit } from '../gql/graphql';
import type { TFunction } from '../i18n/context';
import { allOf, isOneOf } from './enums';
import { formatDateTime, formatRelative } from './time';
import type { Locale } from '../i18n/locales';

/** Worst first (the order of the filter). */
export const SLA_STATES = allOf<SlaState>()(['BREACHED', 'AT_RISK', 'ON_TRACK', 'PAUSED', 'MET']);
export const SLA_STEPS = allOf<SlaStep>()(['ESCALATION', 'INVESTIGATION', 'CALLBACK']);
export const TARGET_UNITS = allOf<TargetUnit>()(['HOURS', 'WORKING_HOURS', 'WORKING_DAYS']);

/** The largest target value the server accepts (a year in hours). */
export const MAX_TARGET_VALUE = 8760;

/** antd preset colours: on track green, at risk orange, overdue red, paused grey, met blue. */
export const SLA_STATE_COLORS: Record<SlaState, string> = {
  ON_TRACK: 'green',
  AT_RISK: 'orange',
  BREACHED: 'red',
  PAUSED: 'default',
  MET: 'blue',
};

export const slaStateLabel = (t: TFunction, v: SlaState) => t(`slaState.${v}` as const);
export const slaStepLabel = (t: TFunction, v: SlaStep) => t(`slaStep.${v}` as const);
export const targetUnitLabel = (t: TFunction, v: TargetUnit) => t(`targetUnit.${v}` as const);

/** `24 小时`, `3 个工作日`, `12 个工作小时`. */
export function targetLabel(t: TFunction, target: { value: number; unit: TargetUnit }): string {
  return t(`sla.target.${target.unit}` as const, { value: target.value });
}

/** `35 分钟`, `2 小时`, `2 小时 15 分` (the sign is ignored). */
export function formatDuration(t: TFunction, minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('sla.duration.minutes', { m });
  if (m === 0) return t('sla.duration.hours', { h });
  return t('sla.duration.hoursMinutes', { h, m });
}

/**
 * `剩余 2 小时 15 分（工作时间）`, or `已超时 35 分钟` once negative. The
 * server counts the minutes on the clock's basis (working minutes for
 * working-time targets).
 */
export function remainingText(t: TFunction, minutes: number, working = true): string {
  const time = formatDuration(t, minutes);
  if (minutes < 0) return t('sla.overdue', { time });
  return working ? t('sla.remaining.working', { time }) : t('sla.remaining', { time });
}

/** `2 小时内到期` / `due in 2 hours` (dayjs's relative words). */
export function dueRelative(t: TFunction, dueAt: string, locale: Locale, now: Date = new Date()): string {
  return t('sla.dueRelative', { when: formatRelative(dueAt, locale, now) });
}

/** Pausing needs a running clock; resuming a paused one. */
export function canPauseClock(state: SlaState): boolean {
  return state === 'ON_TRACK' || state === 'AT_RISK' || state === 'BREACHED';
}

export function canResumeClock(state: SlaState, pausedSince: string | null | undefined): boolean {
  return state === 'PAUSED' || !!pausedSince;
}

/** One clock named in a `CLOCK_*` event's data. */
export interface ClockMention {
  clock: 'first_response' | 'resolution' | SlaStep;
  dueAt?: string;
  paused?: boolean;
}

const CLOCK_KINDS = ['first_response', 'resolution'] as const;

function mention(raw: unknown): ClockMention | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  let clock: ClockMention['clock'] | null = null;
  if (isOneOf(CLOCK_KINDS, r.clock)) clock = r.clock;
  else if (r.clock === 'step' && typeof r.step === 'string') {
    const step = r.step.toUpperCase();
    if (isOneOf(SLA_STEPS, step)) clock = step;
  }
  if (!clock) return null;
  const out: ClockMention = { clock };
  if (typeof r.dueAt === 'string' && r.dueAt) out.dueAt = r.dueAt;
  if (r.paused === true) out.paused = true;
  return out;
}

/** The clocks a `CLOCK_*` event's data names (`{clocks: […]}` or one `{clock, step, dueAt}`); junk is dropped. */
export function clockMentions(data: unknown): ClockMention[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const d = data as Record<string, unknown>;
  const list = Array.isArray(d.clocks) ? d.clocks : [d];
  return list.map(mention).filter((m): m is ClockMention => m !== null);
}

export function clockLabel(t: TFunction, clock: ClockMention['clock']): string {
  return clock === 'first_response' || clock === 'resolution'
    ? t(`sla.clock.${clock}` as const)
    : slaStepLabel(t, clock);
}

const CLOCK_EVENTS = [
  'CLOCK_STARTED',
  'CLOCK_PAUSED',
  'CLOCK_RESUMED',
  'CLOCK_REARMED',
  'CLOCK_AT_RISK',
  'CLOCK_BREACHED',
] as const;
export type ClockEventKind = (typeof CLOCK_EVENTS)[number];

export function isClockEvent(kind: string): kind is ClockEventKind {
  return isOneOf(CLOCK_EVENTS, kind);
}

/** One readable line per clock, e.g. `开始计时：首次响应，截止 2026-12-06 09:30`. */
export function clockEventLines(t: TFunction, kind: ClockEventKind, data: unknown): string[] {
  const mentions = clockMentions(data);
  if (kind === 'CLOCK_PAUSED' || kind === 'CLOCK_RESUMED') {
    if (mentions.length === 0) return [];
    const clocks = mentions.map((m) => clockLabel(t, m.clock)).join(t('sla.timeline.separator'));
    return [t('sla.timeline.moved', { clocks })];
  }
  return mentions.map((m) => {
    const clock = clockLabel(t, m.clock);
    const due = formatDateTime(m.dueAt);
    switch (kind) {
      case 'CLOCK_STARTED':
        return m.paused || !m.dueAt
          ? t('sla.timeline.startedPaused', { clock })
          : t('sla.timeline.started', { clock, due });
      case 'CLOCK_REARMED':
        return t('sla.timeline.rearmed', { clock, due });
      case 'CLOCK_AT_RISK':
        return t('sla.timeline.atRisk', { clock, due });
      case 'CLOCK_BREACHED':
        return t('sla.timeline.breached', { clock, due });
      default:
        return t('sla.timeline.moved', { clocks: clock });
    }
  });
}
