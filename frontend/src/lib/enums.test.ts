import { describe, expect, it } from 'vitest';
import zhCN from '../i18n/zh-CN';
import enUS from '../i18n/en-US';
import { interpolate } from '../i18n/format';
import type { TFunction } from '../i18n/context';
import {
  ASSIGN_MODES,
  CHANNELS,
  COMPLAINT_ACTIONS,
  EVENT_KINDS,
  ROUTING_MISSES,
  actionLabel,
  assignModeLabel,
  routingMissLabel,
  COMPLAINT_STATUSES,
  PRIORITIES,
  PRIORITY_COLORS,
  STATUS_COLORS,
  channelLabel,
  isBuiltinRole,
  eventKindLabel,
  isOneOf,
  permissionLabel,
  priorityLabel,
  roleLabel,
  statusLabel,
} from './enums';

const tFor =
  (dict: Record<string, string>): TFunction =>
  (key, vars) =>
    interpolate(dict[key] ?? `!!${key}`, vars);
const zh = tFor(zhCN);
const en = tFor(enUS);

describe('enum labels', () => {
  it('label statuses like the server does in Chinese', () => {
    expect(statusLabel(zh, 'ACCEPTED')).toBe('已受理');
    expect(statusLabel(zh, 'DISPATCHED')).toBe('已派专业部门查证处理');
    expect(statusLabel(en, 'CALLBACK_DONE')).toBe('Callback done');
  });

  it('give every value a distinct label in both languages', () => {
    for (const t of [zh, en]) {
      const groups = [
        COMPLAINT_STATUSES.map((s) => statusLabel(t, s)),
        PRIORITIES.map((p) => priorityLabel(t, p)),
        CHANNELS.map((c) => channelLabel(t, c)),
      ];
      for (const labels of groups) {
        expect(labels.every((l) => !l.startsWith('!!'))).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  it('know the schema values', () => {
    expect(COMPLAINT_STATUSES).toHaveLength(8);
    expect(CHANNELS).toContain('REGULATOR');
    expect(isOneOf(PRIORITIES, 'URGENT')).toBe(true);
    expect(isOneOf(PRIORITIES, 'urgent')).toBe(false);
    expect(isOneOf(PRIORITIES, 3)).toBe(false);
  });

  it('colour urgent red and finished work green or grey', () => {
    expect(PRIORITY_COLORS.URGENT).toBe('red');
    expect(STATUS_COLORS.RESOLVED).toBe('green');
    expect(STATUS_COLORS.CLOSED).toBe('default');
    expect(Object.keys(STATUS_COLORS).sort()).toEqual([...COMPLAINT_STATUSES].sort());
  });

  it('label built-in roles and show custom role codes as they are', () => {
    expect(roleLabel(zh, 'agent')).toBe('一线客服');
    expect(roleLabel(en, 'auditor')).toBe('Compliance auditor');
    expect(roleLabel(zh, 'night_shift_lead')).toBe('night_shift_lead');
    expect(isBuiltinRole('kb_reviewer')).toBe(true);
    expect(isBuiltinRole('night_shift_lead')).toBe(false);
  });
});

describe('server code labels', () => {
  it('word permissions and timeline events in the console language, falling back for unknown codes', () => {
    expect(permissionLabel(zh, 'complaint.assign')).toBe('指派处理人');
    expect(permissionLabel(en, 'complaint.assign')).toBe('Assign a handler');
    expect(permissionLabel(en, 'future.manage', '管理未来')).toBe('管理未来');
    expect(permissionLabel(en, 'future.manage')).toBe('future.manage');
    expect(eventKindLabel(zh, 'CREATED')).toBe('登记受理');
    expect(eventKindLabel(en, 'MARKED_REPEAT')).toBe('Marked as a repeat');
    expect(eventKindLabel(zh, 'ROUTED')).toBe('自动分派');
    expect(permissionLabel(zh, 'routing.manage')).toBe('管理分派规则');
    expect(permissionLabel(zh, 'roster.manage')).toBe('设置AB角与缺勤');
  });

  it('label returning a wrong dispatch as a step and as a timeline entry, distinct from reopening', () => {
    expect(COMPLAINT_ACTIONS).toContain('RETURN');
    expect(EVENT_KINDS).toContain('RETURNED');
    expect(actionLabel(zh, 'RETURN')).toBe('退单至专家组');
    expect(actionLabel(en, 'RETURN')).toBe('Return to experts');
    expect(eventKindLabel(zh, 'RETURNED')).toBe('退单');
    expect(eventKindLabel(en, 'RETURNED')).toBe('Returned to the experts');
    for (const t of [zh, en]) {
      const groups = [COMPLAINT_ACTIONS.map((a) => actionLabel(t, a)), EVENT_KINDS.map((k) => eventKindLabel(t, k))];
      for (const labels of groups) {
        expect(labels.every((l) => !l.startsWith('!!'))).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  it('label routing rule modes and misses distinctly in both languages', () => {
    for (const t of [zh, en]) {
      const groups = [
        ASSIGN_MODES.map((m) => assignModeLabel(t, m)),
        ROUTING_MISSES.map((m) => routingMissLabel(t, m)),
      ];
      for (const labels of groups) {
        expect(labels.every((l) => !l.startsWith('!!'))).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
    expect(ROUTING_MISSES.map((m) => routingMissLabel(zh, m))).toEqual([
      '分类不符',
      '渠道不符',
      '优先级不符',
      '产品型号不符',
      '金额不在范围',
      '来电次数不足',
      '重大标记不符',
    ]);
  });
});
