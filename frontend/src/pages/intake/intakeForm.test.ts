import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  INTAKE_DEFAULTS,
  historyOrder,
  isCompletePhone,
  isLookupPhone,
  liveSearchText,
  matchingAnnouncements,
  normalizePhone,
  toCreateInput,
  type IntakeValues,
} from './intakeForm';

const base: IntakeValues = {
  ...INTAKE_DEFAULTS,
  customerPhone: ' 138-1234 5678 ',
  customerName: ' 王小明 ',
  categoryId: '24',
  description: '  未订购的视频彩铃被扣费  ',
};

describe('toCreateInput', () => {
  it('sends only what was filled, trimmed', () => {
    expect(toCreateInput({ ...base, title: '   ', occurredPlace: '' }, null)).toEqual({
      customerPhone: '13812345678',
      customerName: '王小明',
      channel: 'HOTLINE',
      categoryId: '24',
      priority: 'NORMAL',
      description: '未订购的视频彩铃被扣费',
    });
  });

  it('converts yuan to fen, days to YYYY-MM-DD and the incident time to an instant', () => {
    const input = toCreateInput(
      {
        ...base,
        amountDisputedYuan: 19.99,
        refundRequestedYuan: '39.98',
        purchasedOn: dayjs('2026-11-03T10:00:00'),
        occurredAt: dayjs('2026-11-20T08:30:00Z'),
        isMajor: true,
      },
      '4',
    );
    expect(input.amountDisputedCents).toBe(1999);
    expect(input.refundRequestedCents).toBe(3998);
    expect(input.purchasedOn).toBe('2026-11-03');
    expect(input.occurredAt).toBe('2026-11-20T08:30:00.000Z');
    expect(input.usedKbArticleId).toBe('4');
    expect(input.isMajor).toBe(true);
    expect('shippedOn' in input).toBe(false);
  });

  it('sends the search an article was picked from only with the article', () => {
    const key = 'a'.repeat(32);
    expect(toCreateInput(base, '4', key).kbSearchId).toBe(key);
    expect('kbSearchId' in toCreateInput(base, null, key)).toBe(false);
    expect('kbSearchId' in toCreateInput(base, '4', null)).toBe(false);
  });

  it('keeps a zero amount (a real value) but drops an empty one', () => {
    expect(toCreateInput({ ...base, amountDisputedYuan: 0 }, null).amountDisputedCents).toBe(0);
    expect('amountDisputedCents' in toCreateInput({ ...base, amountDisputedYuan: null }, null)).toBe(false);
  });

  it('refuses to build a request without a category', () => {
    expect(() => toCreateInput({ ...base, categoryId: null }, null)).toThrow(/categoryId/);
  });
});

describe('phone and search text', () => {
  it('normalises and recognises phones worth a lookup', () => {
    expect(normalizePhone('(010) 6512-3456')).toBe('01065123456');
    expect(isLookupPhone('138 1234 5678')).toBe(true);
    expect(isLookupPhone('+8613812345678')).toBe(true);
    expect(isLookupPhone('12345')).toBe(false);
    expect(isLookupPhone('138abc45678')).toBe(false);
    expect(isLookupPhone(undefined)).toBe(false);
  });

  it('searches with title + description once there is something to search', () => {
    expect(liveSearchText('  ', '')).toBeNull();
    expect(liveSearchText('', '扣')).toBeNull();
    expect(liveSearchText('彩铃扣费', ' 未订购 ')).toBe('彩铃扣费 未订购');
    expect(liveSearchText(undefined, 'x'.repeat(900))?.length).toBe(500);
  });
});

describe('matchingAnnouncements', () => {
  const parents: Record<string, string | null> = { '22': null, '23': '22', '24': '22', '27': null };
  const list = [
    { id: 'a', category: { id: '22', parentId: null } }, // 计费争议 (top)
    { id: 'b', category: { id: '24', parentId: '22' } }, // 未订购增值业务
    { id: 'c', category: { id: '27', parentId: null } }, // 网络信号
    { id: 'd', category: null }, // everything
  ];
  const ids = (cat: string | null) => matchingAnnouncements(list, cat, (id) => parents[id]).map((a) => a.id);

  it('matches the category, its parent, its children and global announcements', () => {
    expect(ids('24')).toEqual(['a', 'b', 'd']);
    expect(ids('23')).toEqual(['a', 'd']);
    expect(ids('22')).toEqual(['a', 'b', 'd']);
    expect(ids('27')).toEqual(['c', 'd']);
    expect(ids(null)).toEqual([]);
  });
});

describe('the caller’s history', () => {
  it('is looked up while typing only once the number is complete', () => {
    expect(isCompletePhone('139 1234 5678')).toBe(true);
    expect(isCompletePhone('1391234567')).toBe(false); // one digit short
    expect(isCompletePhone('12912345678')).toBe(false);
    expect(isCompletePhone('010-6512 3456')).toBe(true);
    expect(isCompletePhone('0106512')).toBe(false);
    expect(isCompletePhone('+85291234567')).toBe(true);
    expect(isCompletePhone('')).toBe(false);
  });

  it('lists open complaints first, each group newest first', () => {
    const rows = [
      { id: '1', status: 'CLOSED', createdAt: '2026-11-03T00:00:00Z' },
      { id: '2', status: 'ACCEPTED', createdAt: '2026-10-01T00:00:00Z' },
      { id: '3', status: 'RESOLVED', createdAt: '2026-11-20T00:00:00Z' },
      { id: '4', status: 'DISPATCHED', createdAt: '2026-11-10T00:00:00Z' },
    ] as const;
    expect(historyOrder(rows).map((r) => r.id)).toEqual(['4', '2', '3', '1']);
  });
});
