import { describe, expect, it } from 'vitest';
import zhCN from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n/context';
import { readingText, ruleField, ruleHelpText, stateFilter, thresholdText } from './complianceModel';

const tFor =
  (dict: Record<string, string>): TFunction =>
  (key, vars) =>
    interpolate(dict[key] ?? `!!${key}`, vars);
const zh = tFor(zhCN);
const en = tFor(enUS);

describe('compliance readings', () => {
  it('word each rule’s reading and threshold in Chinese, with thousands grouped', () => {
    const mass = { rule: 'MASS_ACCESS', value: 35, threshold: 20, windowMinutes: 10 } as const;
    expect(readingText(zh, mass)).toBe('35 位客户 / 10 分钟');
    expect(thresholdText(zh, mass)).toBe('阈值：超过 20 位 / 10 分钟');
    const exp = { rule: 'LARGE_EXPORT', value: 5000, threshold: 1000, windowMinutes: 60 } as const;
    expect(readingText(zh, exp)).toBe('导出 5,000 行');
    expect(thresholdText(zh, exp)).toBe('阈值：单次超过 1,000 行');
    expect(readingText(zh, { rule: 'OFF_HOURS', value: 3, threshold: 1, windowMinutes: 60 })).toBe('非工作时间 3 次');
    expect(readingText(zh, { rule: 'REPEATED_DENIALS', value: 12, threshold: 10, windowMinutes: 10 })).toBe(
      '被拒 12 次',
    );
    expect(ruleHelpText(zh, mass)).toContain('10 分钟内');
  });

  it('have English wording too', () => {
    expect(readingText(en, { rule: 'LARGE_EXPORT', value: 5000, threshold: 1000, windowMinutes: 60 })).toBe(
      'Exported 5,000 rows',
    );
    expect(thresholdText(en, { rule: 'OFF_HOURS', threshold: 1, windowMinutes: 60 })).toBe(
      'Threshold: 1 / 60 min',
    );
  });
});

describe('stateFilter', () => {
  it('asks for the ticked states in order; none or all ticked means no filter', () => {
    expect(stateFilter(['ACKNOWLEDGED', 'RAISED'])).toEqual(['RAISED', 'ACKNOWLEDGED']);
    expect(stateFilter(['CLEARED'])).toEqual(['CLEARED']);
    expect(stateFilter([])).toBeNull();
    expect(stateFilter(['CLEARED', 'RAISED', 'ACKNOWLEDGED'])).toBeNull();
  });
});

describe('ruleField', () => {
  it('names the rule input an error is about', () => {
    expect(ruleField({ field: 'threshold' })).toBe('threshold');
    expect(ruleField({ field: 'input.windowMinutes' })).toBe('windowMinutes');
    expect(ruleField({ field: 'rule' })).toBeUndefined();
    expect(ruleField({})).toBeUndefined();
  });
});
