import { describe, expect, it } from 'vitest';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { buildUpdateInput, editValuesOf } from './editComplaint';

type Complaint = ComplaintDetailQuery['complaint'];

const complaint = {
  id: '42',
  version: 7,
  category: { id: '3', name: '资费争议' },
  priority: 'NORMAL',
  title: '未订购视频彩铃被扣费',
  description: '客户称从未订购',
  productModel: null,
  productBatch: null,
  orderNumber: 'A-1',
  isMajor: false,
} as unknown as Complaint;

describe('edit complaint', () => {
  it('sends nothing when nothing changed', () => {
    expect(buildUpdateInput(complaint, editValuesOf(complaint))).toBeNull();
    // whitespace alone is no change
    expect(buildUpdateInput(complaint, { ...editValuesOf(complaint), title: ' 未订购视频彩铃被扣费 ' })).toBeNull();
  });

  it('sends only the changed fields, with the version the user saw', () => {
    const input = buildUpdateInput(complaint, {
      ...editValuesOf(complaint),
      categoryId: '5',
      priority: 'URGENT',
      productModel: ' KFR-35GW ',
      orderNumber: '',
    });
    expect(input).toEqual({
      id: '42',
      expectedVersion: 7,
      categoryId: '5',
      priority: 'URGENT',
      productModel: 'KFR-35GW',
      orderNumber: '',
    });
  });

  it('does not send a cleared category (a complaint keeps one)', () => {
    expect(buildUpdateInput(complaint, { ...editValuesOf(complaint), categoryId: null })).toBeNull();
  });
});
