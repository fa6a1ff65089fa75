import { describe, expect, it } from 'vitest';
import { BOM, buildMonthlyCsv, csvField, monthlyCsvName, type CsvKpiRow } from './monthlyCsv';

const row = (over: Partial<CsvKpiRow> = {}): CsvKpiRow => ({
  label: '合计',
  volume: 114,
  responseTimelinessRate: 0.9512,
  stepTimeoutRate: 0.03,
  firstContactResolutionRate: null,
  timelyCompletionRate: 0.75,
  satisfactionAverage: 2.98077,
  callbackRate: 1,
  repeatRate: 0,
  reopenRate: null,
  averageHandlingHours: 37.301,
  majorCount: 14,
  ...over,
});

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('热线电话')).toBe('热线电话');
    expect(csvField(12)).toBe('12');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises a text that Excel would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1+1')).toBe("'-1+1");
  });
});

describe('buildMonthlyCsv', () => {
  const csv = buildMonthlyCsv({
    total: row(),
    categories: [row({ label: '安装延误', volume: 6, majorCount: 1 }), row({ label: '费用, 争议', volume: 2 })],
    channels: [row({ label: '热线电话', volume: 66 })],
  });
  const lines = csv.slice(1).split('\r\n');

  it('starts with the byte-order mark and a Chinese header', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe(
      '维度,名称,投诉量,首次响应及时率,环节超时率,一次解决率,按时办结率,平均满意度,回访率,重复投诉率,重开率,平均处理时长(小时),重大投诉',
    );
  });

  it('writes the total, then categories, then channels, with percentages and — for no data', () => {
    expect(lines[1]).toBe('合计,合计,114,95.1%,3%,—,75%,2.98,100%,0%,—,37.3,14');
    expect(lines[2]?.startsWith('类别,安装延误,6,')).toBe(true);
    expect(lines[3]?.startsWith('类别,"费用, 争议",2,')).toBe(true);
    expect(lines[4]?.startsWith('渠道,热线电话,66,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(6); // header + 4 rows + the empty string after the last CRLF
  });
});

describe('monthlyCsvName', () => {
  it('names the file after the month', () => {
    expect(monthlyCsvName('2026-11')).toBe('客诉月报-2026-11.csv');
  });
});
