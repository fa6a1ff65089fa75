import { describe, expect, it } from 'vitest';
import { categoryPath, comparator, percent, reading, thresholdFromForm, thresholdToForm } from './alertModel';

describe('alert readings', () => {
  it('shows rates as percents and surges as counts', () => {
    expect(reading('RESPONSE_TIMELINESS', 0.8333, 0.9)).toEqual({ value: '83.3%', threshold: '90%' });
    expect(reading('STEP_TIMEOUT_RATE', 0.1, 0.05)).toEqual({ value: '10%', threshold: '5%' });
    expect(reading('CATEGORY_SURGE', 11, 10)).toEqual({ value: '11', threshold: '10' });
  });

  it('yellow fires below its threshold, orange and red above', () => {
    expect(comparator('RESPONSE_TIMELINESS')).toBe('<');
    expect(comparator('STEP_TIMEOUT_RATE')).toBe('>');
    expect(comparator('CATEGORY_SURGE')).toBe('>');
  });

  it('rounds percents to one decimal', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.12345)).toBe('12.3%');
  });

  it('round-trips thresholds through the form', () => {
    expect(thresholdToForm('RESPONSE_TIMELINESS', 0.9)).toBe(90);
    expect(thresholdFromForm('RESPONSE_TIMELINESS', 92.5)).toBe(0.925);
    expect(thresholdFromForm('STEP_TIMEOUT_RATE', thresholdToForm('STEP_TIMEOUT_RATE', 0.05))).toBe(0.05);
    expect(thresholdToForm('CATEGORY_SURGE', 10)).toBe(10);
    expect(thresholdFromForm('CATEGORY_SURGE', 12)).toBe(12);
  });

  it('names a category with its parent', () => {
    expect(categoryPath({ name: '错误扣费', parent: { name: '计费争议' } })).toBe('计费争议 › 错误扣费');
    expect(categoryPath({ name: '其他', parent: null })).toBe('其他');
    expect(categoryPath(null)).toBe('');
  });
});
