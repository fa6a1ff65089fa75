import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../../i18n/zh-CN';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n';
import {
  NEW_POLICY_TARGETS,
  isValidTargetValue,
  policyScope,
  sortPolicies,
  toFormValues,
  toSaveInput,
  type PolicyRow,
} from './slaPolicyModel';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const cats = [
  { id: '2', name: '家电' },
  { id: '20', name: '冰箱', parentId: '2' },
];
const policy = (id: string, categoryId: string | null, priority: PolicyRow['priority']): PolicyRow => ({
  id,
  categoryId,
  priority,
  version: 3,
  updatedAt: '2026-12-05T00:00:00Z',
  ...NEW_POLICY_TARGETS,
});

describe('SLA policies', () => {
  it('name their scope, 全部 for any', () => {
    expect(policyScope(tZh, policy('1', null, null), cats)).toEqual({ category: '全部', priority: '全部' });
    expect(policyScope(tZh, policy('2', '20', 'URGENT'), cats)).toEqual({ category: '家电 / 冰箱', priority: '紧急' });
    expect(policyScope(tZh, policy('3', '99', null), cats).category).toBe('#99');
  });

  it('list the default first, then by category and urgency', () => {
    const rows = [
      policy('a', '20', 'NORMAL'),
      policy('b', '2', null),
      policy('c', null, 'URGENT'),
      policy('d', '20', 'URGENT'),
      policy('e', null, null),
    ];
    expect(sortPolicies(rows).map((r) => r.id)).toEqual(['e', 'c', 'b', 'd', 'a']);
  });

  it('accept whole target values from 1 to 8760 only', () => {
    expect([1, 24, 8760].every(isValidTargetValue)).toBe(true);
    expect([0, -1, 8761, 1.5, null, '3', undefined].some(isValidTargetValue)).toBe(false);
  });

  it('replace a policy at the version read, or create one without an id', () => {
    const p = policy('7', '20', 'IMPORTANT');
    const values = toFormValues(p);
    values.resolution = { value: 5, unit: 'WORKING_DAYS' };
    const input = toSaveInput(p, values);
    expect(input).toMatchObject({ id: '7', expectedVersion: 3, categoryId: '20', priority: 'IMPORTANT' });
    expect(input.resolution).toEqual({ value: 5, unit: 'WORKING_DAYS' });
    expect(input.firstResponse).toEqual({ value: 24, unit: 'HOURS' });

    const fresh = toSaveInput(null, { ...toFormValues(null), categoryId: '2', priority: null });
    expect(fresh).not.toHaveProperty('id');
    expect(fresh).not.toHaveProperty('expectedVersion');
    expect(fresh).toMatchObject({ categoryId: '2', priority: null, callback: { value: 1, unit: 'WORKING_DAYS' } });
  });
});
