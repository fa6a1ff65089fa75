import { describe, expect, it } from 'vitest';
import zhCN from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import {
  CHAIN_PROBLEMS,
  CHAIN_VERDICTS,
  CHECKPOINT_REASONS,
  checkpointReasonKey,
  isScheduler,
  latestVerification,
  problemKey,
  shortKeyId,
  verdictColor,
  verdictHelpKey,
  verdictKey,
} from './auditChain';

describe('the verdict', () => {
  it('is green when intact, orange when not yet anchored, red when broken', () => {
    expect(verdictColor('valid')).toBe('success');
    expect(verdictColor('unanchored')).toBe('warning');
    expect(verdictColor('broken')).toBe('error');
    expect(verdictColor('maybe')).toBe('default');
  });

  it('says 完整 / 未锚定 / 已被篡改, and explains each on hover', () => {
    expect(CHAIN_VERDICTS.map((v) => zhCN[verdictKey(v) ?? 'audit.chain.title'])).toEqual([
      '完整',
      '未锚定',
      '已被篡改',
    ]);
    expect(zhCN[verdictHelpKey('unanchored') ?? 'audit.chain.title']).toMatch(/签名检查点/);
    expect(enUS[verdictHelpKey('unanchored') ?? 'audit.chain.title']).toMatch(/signed checkpoint/);
  });

  it('has no label for a verdict the console does not know (the code is shown)', () => {
    expect(verdictKey('maybe')).toBeNull();
    expect(verdictHelpKey('')).toBeNull();
  });
});

describe('checkpoints and problems', () => {
  it('names every checkpoint reason in Chinese', () => {
    expect(CHECKPOINT_REASONS.map((r) => zhCN[checkpointReasonKey(r) ?? 'audit.chain.title'])).toEqual([
      '定量',
      '每小时',
      '停机',
      '演示数据',
      '手动',
    ]);
    expect(checkpointReasonKey('yearly')).toBeNull();
  });

  it('explains every problem code the server sends, and nothing else', () => {
    for (const code of CHAIN_PROBLEMS) {
      const key = problemKey(code);
      expect(key, code).not.toBeNull();
      expect(zhCN[key ?? 'audit.chain.title'], code).not.toBe('');
    }
    expect(problemKey(null)).toBeNull();
    expect(problemKey(undefined)).toBeNull();
    expect(problemKey('altered')).toBeNull();
  });
});

describe('helpers', () => {
  it('shortens a key id to its first eight digits', () => {
    expect(shortKeyId('3f9a0c1d2b4e5f60')).toBe('3f9a0c1d…');
    expect(shortKeyId('3f9a0c1d')).toBe('3f9a0c1d');
    expect(shortKeyId('3f9a0c1d2')).toBe('3f9a0c1d2');
  });

  it('tells the daily run from a person', () => {
    expect(isScheduler('scheduler')).toBe(true);
    expect(isScheduler('auditor')).toBe(false);
  });

  it('shows the later of the stored and the just-run verification', () => {
    const stored = { at: '2026-12-07T01:00:00Z', verdict: 'valid' };
    const fresh = { at: '2026-12-07T02:30:00.123Z', verdict: 'unanchored' };
    expect(latestVerification(stored, fresh)).toBe(fresh);
    expect(latestVerification(fresh, stored)).toBe(fresh);
    expect(latestVerification(stored, stored)).toBe(stored);
    expect(latestVerification(null, fresh)).toBe(fresh);
    expect(latestVerification(stored, undefined)).toBe(stored);
    expect(latestVerification(null, undefined)).toBeNull();
  });
});
