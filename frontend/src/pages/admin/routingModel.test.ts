import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n';
import {
  DRY_RUN_DEFAULTS,
  amountRange,
  categoryTreeOptions,
  conditionParts,
  conditionsSummary,
  isAmountOrderOk,
  isValidYuan,
  moveRule,
  shapeDryRun,
  sortRules,
  toDryRunInput,
  toRuleFormValues,
  toSaveRuleInput,
  toggledRuleInput,
  type RuleConditions,
  type RuleRow,
} from './routingModel';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const tEn: TFunction = (key: MessageKey, vars) => interpolate(enUS[key], vars);

const NO_CONDITIONS: RuleConditions = {
  categories: [],
  channels: [],
  priorities: [],
  productModel: null,
  amountMinCents: null,
  amountMaxCents: null,
  minEarlierComplaints: null,
  major: null,
};

const rule = (over: Partial<RuleRow> = {}, conditions: Partial<RuleConditions> = {}): RuleRow => ({
  id: '7',
  position: 2,
  name: '账单争议转计费专家组',
  active: true,
  conditions: { ...NO_CONDITIONS, ...conditions },
  team: { id: '12', name: '财务部' },
  assignMode: 'ROUND_ROBIN',
  version: 4,
  updatedAt: '2026-12-07T00:00:00Z',
  updatedBy: null,
  ...over,
});

describe('a rule’s conditions in words', () => {
  it('say 任何投诉 for a rule without conditions', () => {
    expect(conditionParts(tZh, NO_CONDITIONS)).toEqual([]);
    expect(conditionsSummary(tZh, NO_CONDITIONS)).toBe('任何投诉');
    expect(conditionsSummary(tEn, NO_CONDITIONS)).toBe('Any complaint');
  });

  it('name every condition, lists in the console’s order, amounts in yuan', () => {
    const c: RuleConditions = {
      categories: [
        { id: '20', name: '错误扣费', parent: { name: '计费争议' } },
        { id: '3', name: '服务态度', parent: null },
      ],
      channels: ['SOCIAL_MEDIA', 'REGULATOR', 'HOTLINE'],
      priorities: ['NORMAL', 'URGENT'],
      productModel: 'KFR-35GW*',
      amountMinCents: 50000,
      amountMaxCents: 200000,
      minEarlierComplaints: 2,
      major: true,
    };
    expect(conditionParts(tZh, c)).toEqual([
      '分类：计费争议 › 错误扣费、服务态度',
      '渠道：热线电话、监管转办、社交媒体',
      '优先级：紧急、一般',
      '型号：KFR-35GW*',
      '金额 500.00 元 至 2,000.00 元',
      '回头客（此前投诉 ≥ 2 次）',
      '仅重大投诉',
    ]);
    expect(conditionsSummary(tEn, { ...NO_CONDITIONS, channels: ['REGULATOR'], major: false })).toBe(
      'Channel: Regulator transfer · Non-major complaints only',
    );
  });

  it('word open-ended amount ranges, and nothing without bounds', () => {
    expect(amountRange(tZh, 100, null)).toBe('金额 ≥ 1.00 元');
    expect(amountRange(tZh, null, 99999)).toBe('金额 ≤ 999.99 元');
    expect(amountRange(tZh, 0, 0)).toBe('金额 0.00 元 至 0.00 元');
    expect(amountRange(tEn, 1234500, null)).toBe('Amount ≥ CNY 12,345.00');
    expect(amountRange(tZh, null, undefined)).toBeNull();
  });

  it('count zero earlier complaints as a condition (it is set)', () => {
    expect(conditionParts(tZh, { ...NO_CONDITIONS, minEarlierComplaints: 0 })).toEqual(['回头客（此前投诉 ≥ 0 次）']);
  });
});

describe('the rule form', () => {
  it('shows amounts in yuan and sends them in fen', () => {
    const r = rule({}, { amountMinCents: 50000, amountMaxCents: 199999, major: false, channels: ['REGULATOR'] });
    const v = toRuleFormValues(r);
    expect(v).toMatchObject({ amountMinYuan: 500, amountMaxYuan: 1999.99, major: 'no', teamId: '12' });
    v.amountMinYuan = 19.99;
    const input = toSaveRuleInput(r, v);
    expect(input).toMatchObject({ id: '7', expectedVersion: 4, name: '账单争议转计费专家组', teamId: '12' });
    expect(input.conditions).toEqual({
      categoryIds: [],
      channels: ['REGULATOR'],
      priorities: [],
      productModel: null,
      amountMinCents: 1999,
      amountMaxCents: 199999,
      minEarlierComplaints: null,
      major: false,
    });
  });

  it('creates without an id, trims the name and pattern, and sends no bound as null', () => {
    const v = {
      ...toRuleFormValues(null),
      name: '  监管转办件  ',
      productModel: '   ',
      teamId: '10',
      major: 'yes' as const,
      minEarlierComplaints: 3,
    };
    expect(toRuleFormValues(null)).toMatchObject({
      active: true,
      assignMode: 'TEAM_QUEUE',
      major: 'any',
      teamId: null,
    });
    const input = toSaveRuleInput(null, v);
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('expectedVersion');
    expect(input.name).toBe('监管转办件');
    expect(input.conditions).toMatchObject({
      productModel: null,
      amountMinCents: null,
      amountMaxCents: null,
      minEarlierComplaints: 3,
      major: true,
    });
    expect(toSaveRuleInput(null, { ...v, major: 'any', productModel: ' a?c* ' }).conditions).toMatchObject({
      productModel: 'a?c*',
      major: null,
    });
  });

  it('accepts amounts of 0 or more yuan with at most two decimals that fit the API', () => {
    expect([null, undefined, '', 0, 0.01, 19.99, 21474836.47].every(isValidYuan)).toBe(true);
    expect([-1, 0.001, 21474836.48, Number.NaN, '5'].some(isValidYuan)).toBe(false);
    expect(isAmountOrderOk(100, 100)).toBe(true);
    expect(isAmountOrderOk(100.01, 100)).toBe(false);
    expect(isAmountOrderOk(null, 5)).toBe(true);
    expect(isAmountOrderOk(5, undefined)).toBe(true);
  });

  it('switches a rule on or off keeping everything else; not one without a team', () => {
    const r = rule({}, { channels: ['EMAIL'], amountMinCents: 100 });
    const input = toggledRuleInput(r, false);
    expect(input).toMatchObject({
      id: '7',
      expectedVersion: 4,
      active: false,
      teamId: '12',
      assignMode: 'ROUND_ROBIN',
    });
    expect(input?.conditions).toMatchObject({ channels: ['EMAIL'], amountMinCents: 100 });
    expect(toggledRuleInput(rule({ team: null }), true)).toBeNull();
  });
});

describe('rule order', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves a rule one place, sending every id', () => {
    expect(moveRule(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveRule(ids, 'a', 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveRule(ids, 'd', -1)).toEqual(['a', 'b', 'd', 'c']);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not move past either end or an unknown rule', () => {
    expect(moveRule(ids, 'a', -1)).toBeNull();
    expect(moveRule(ids, 'd', 1)).toBeNull();
    expect(moveRule(ids, 'x', 1)).toBeNull();
    expect(moveRule([], 'a', 1)).toBeNull();
  });

  it('lists rules by position, then id', () => {
    const rows = [
      { id: '9', position: 3 },
      { id: '10', position: 1 },
      { id: '2', position: 3 },
    ];
    expect(sortRules(rows).map((r) => r.id)).toEqual(['10', '2', '9']);
  });
});

describe('the category picker', () => {
  const rows = [
    { id: '1', code: 'billing', name: '计费争议', parentId: null, active: true },
    { id: '2', code: 'billing.vas', name: '未订购增值业务', parentId: '1', active: false },
    { id: '3', code: 'billing.wrong', name: '错误扣费', parentId: '1', active: true },
  ];

  it('nests sub-categories and marks retired ones, pickable only when already chosen', () => {
    expect(categoryTreeOptions(rows, '（已停用）')).toEqual([
      {
        value: '1',
        title: '计费争议',
        children: [
          { value: '2', title: '未订购增值业务（已停用）', disabled: true },
          { value: '3', title: '错误扣费' },
        ],
      },
    ]);
    expect(categoryTreeOptions(rows, '（已停用）', ['2'])[0]?.children?.[0]).toEqual({
      value: '2',
      title: '未订购增值业务（已停用）',
    });
  });
});

describe('the dry run', () => {
  it('sends the complaint as routing sees it, the amount in fen', () => {
    expect(toDryRunInput({ ...DRY_RUN_DEFAULTS, categoryId: '20' })).toEqual({
      categoryId: '20',
      channel: 'HOTLINE',
      priority: 'NORMAL',
      productModel: null,
      amountDisputedCents: null,
      earlierComplaints: 0,
      isMajor: false,
    });
    expect(
      toDryRunInput({
        categoryId: '3',
        channel: 'REGULATOR',
        priority: 'URGENT',
        productModel: ' KFR-35GW/BP ',
        amountYuan: 1234.5,
        earlierComplaints: null,
        isMajor: true,
      }),
    ).toEqual({
      categoryId: '3',
      channel: 'REGULATOR',
      priority: 'URGENT',
      productModel: 'KFR-35GW/BP',
      amountDisputedCents: 123450,
      earlierComplaints: 0,
      isMajor: true,
    });
  });

  it('shows the rule that fires, the team, the backup standing in, and why earlier rules missed', () => {
    const view = shapeDryRun(tZh, {
      rule: { id: '7', name: '监管转办件', position: 3 },
      team: { id: '10', name: '客诉专家组' },
      assignee: { id: '8', displayName: '欧阳雪梅' },
      insteadOf: { id: '7', displayName: '刘建华' },
      tried: [
        { ruleId: '1', ruleName: '账单争议', misses: ['CATEGORY', 'AMOUNT'] },
        { ruleId: '2', ruleName: '回头客', misses: ['REPEAT_CALLER'] },
      ],
      summary: '按规则「监管转办件」分派至客诉专家组，由B角代为接单',
    });
    expect(view).toEqual({
      fired: true,
      rule: '监管转办件',
      position: 3,
      team: '客诉专家组',
      assignee: '欧阳雪梅',
      insteadOf: 'B角代 刘建华',
      summary: '按规则「监管转办件」分派至客诉专家组，由B角代为接单',
      tried: [
        { ruleId: '1', ruleName: '账单争议', misses: ['CATEGORY', 'AMOUNT'], missLabels: ['分类不符', '金额不在范围'] },
        { ruleId: '2', ruleName: '回头客', misses: ['REPEAT_CALLER'], missLabels: ['来电次数不足'] },
      ],
    });
  });

  it('says 未命中任何规则 when nothing fires, and nobody is assigned for a team queue', () => {
    const view = shapeDryRun(tZh, {
      rule: null,
      team: null,
      assignee: null,
      insteadOf: null,
      tried: [{ ruleId: '1', ruleName: '重大投诉', misses: ['MAJOR', 'CHANNEL', 'PRIORITY', 'PRODUCT_MODEL'] }],
      summary: '未命中任何分派规则，留在原班组',
    });
    expect(view).toMatchObject({
      fired: false,
      rule: '未命中任何规则',
      position: null,
      team: '留在受理班组',
      assignee: '不指派（进入班组队列）',
      insteadOf: null,
    });
    expect(view.tried[0]?.missLabels).toEqual(['重大标记不符', '渠道不符', '优先级不符', '产品型号不符']);
    expect(
      shapeDryRun(tEn, { rule: null, team: null, assignee: null, insteadOf: null, tried: [], summary: '' }).rule,
    ).toBe('No rule fires');
  });
});
