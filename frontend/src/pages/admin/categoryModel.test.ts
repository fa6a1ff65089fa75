import { describe, expect, it } from 'vitest';
import { buildAdminCategoryTree, parentChoices, toUpdateCategoryInput } from './categoryModel';

const rows = [
  {
    id: '1',
    code: 'billing',
    name: '计费争议',
    parentId: null,
    active: true,
    defaultTeam: { id: '9', name: '计费部' },
  },
  { id: '2', code: 'billing.vas', name: '未订购增值业务', parentId: '1', active: true },
  { id: '3', code: 'network', name: '网络信号', parentId: null, active: true },
  { id: '4', code: 'billing.old', name: '旧套餐', parentId: '1', active: false },
];

describe('the category admin', () => {
  it('shows the tree with retired categories kept under their parent', () => {
    const tree = buildAdminCategoryTree(rows);
    expect(tree.map((n) => n.id)).toEqual(['1', '3']);
    expect(tree[0]?.children?.map((n) => [n.id, n.active])).toEqual([
      ['2', true],
      ['4', false],
    ]);
    expect(tree[1]?.children).toBeUndefined();
  });

  it('moves a category only under another top-level one, and never one with sub-categories', () => {
    expect(parentChoices(rows, null).map((r) => r.id)).toEqual(['1', '3']);
    expect(parentChoices(rows, '2').map((r) => r.id)).toEqual(['1', '3']);
    expect(parentChoices(rows, '3').map((r) => r.id)).toEqual(['1']);
    expect(parentChoices(rows, '1')).toEqual([]);
  });

  it('sends only what changed, with nulls for a cleared parent or default team', () => {
    const before = rows[0]!;
    expect(toUpdateCategoryInput(before, { name: ' 计费争议 ', parentId: null, defaultTeamId: '9' })).toEqual({
      id: '1',
    });
    expect(toUpdateCategoryInput(before, { name: '计费与账单', parentId: null, defaultTeamId: null })).toEqual({
      id: '1',
      name: '计费与账单',
      defaultTeamId: null,
    });
    expect(toUpdateCategoryInput(rows[1]!, { name: '未订购增值业务', parentId: null })).toEqual({
      id: '2',
      parentId: null,
    });
  });
});
