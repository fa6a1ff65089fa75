import { describe, expect, it } from 'vitest';
import {
  buildTeamTree,
  groupPermissions,
  groupSelection,
  permissionGroupOf,
  teamAndDescendants,
  toggleGroup,
  userChanges,
} from './adminModel';

const PERMS = [
  { code: 'complaint.create', label: '登记投诉' },
  { code: 'complaint.read.own', label: '查看本人受理或处理的投诉' },
  { code: 'customer.pii.reveal', label: '查看客户完整联系方式' },
  { code: 'audit.read', label: '查看审计日志' },
  { code: 'audit.export', label: '导出审计日志' },
  { code: 'report.read', label: '查看统计报表' },
  { code: 'user.manage', label: '管理用户' },
  { code: 'kb.read', label: '查阅知识库' },
  { code: 'announcement.manage', label: '发布系统公告' },
  { code: 'future.manage', label: '将来的权限' },
];

describe('permission groups', () => {
  it('puts every permission in exactly one group, in a fixed group order', () => {
    const groups = groupPermissions(PERMS);
    expect(groups.map((g) => g.key)).toEqual(['complaint', 'customer', 'kb', 'report', 'admin', 'other']);
    expect(groups.flatMap((g) => g.items).length).toBe(PERMS.length);
    expect(groups.find((g) => g.key === 'kb')?.items.map((p) => p.code)).toEqual(['kb.read', 'announcement.manage']);
    expect(groups.find((g) => g.key === 'report')?.items.map((p) => p.code)).toEqual([
      'audit.read',
      'audit.export',
      'report.read',
    ]);
  });

  it('sends unknown prefixes to "other" and drops empty groups', () => {
    expect(permissionGroupOf('future.manage')).toBe('other');
    expect(permissionGroupOf('sla.manage')).toBe('admin');
    // deciding approvals above authority is complaint work
    expect(permissionGroupOf('approval.decide')).toBe('complaint');
    expect(permissionGroupOf('complaintx')).toBe('other');
    expect(groupPermissions([{ code: 'kb.read', label: 'x' }]).map((g) => g.key)).toEqual(['kb']);
  });

  it('selects and clears whole groups without touching the others', () => {
    const report = groupPermissions(PERMS).find((g) => g.key === 'report');
    if (!report) throw new Error('no report group');
    expect(groupSelection(['kb.read'], report)).toBe('none');
    expect(groupSelection(['audit.read'], report)).toBe('some');
    const all = toggleGroup(['kb.read', 'audit.read'], report, true);
    expect(all).toEqual(['kb.read', 'audit.read', 'audit.export', 'report.read']);
    expect(groupSelection(all, report)).toBe('all');
    expect(toggleGroup(all, report, false)).toEqual(['kb.read']);
  });
});

describe('team tree', () => {
  const teams = [
    { id: '1', name: '客户服务中心', kind: 'center', parentId: null },
    { id: '2', name: '北京分公司', kind: 'branch', parentId: '1' },
    { id: '5', name: '北京西单营业厅', kind: 'store', parentId: '2' },
    { id: '11', name: '质量管理部', kind: 'department', parentId: '1' },
    { id: '20', name: '孤立团队', kind: 'store', parentId: '99' },
  ];

  it('nests teams under their parents and keeps orphans at the top', () => {
    const tree = buildTeamTree(teams);
    expect(tree.map((t) => t.id)).toEqual(['1', '20']);
    expect(tree[0]?.children?.map((t) => t.id)).toEqual(['2', '11']);
    expect(tree[0]?.children?.[0]?.children?.map((t) => t.id)).toEqual(['5']);
    // leaves have no empty children list (antd would draw an expander)
    expect(tree[0]?.children?.[1]).not.toHaveProperty('children');
  });

  it('knows which teams cannot become a team’s parent', () => {
    expect([...teamAndDescendants('2', teams)].sort()).toEqual(['2', '5']);
    expect([...teamAndDescendants('1', teams)].sort()).toEqual(['1', '11', '2', '5']);
    expect([...teamAndDescendants('5', teams)]).toEqual(['5']);
  });
});

describe('userChanges', () => {
  const before = { displayName: '张晓燕', roles: ['agent'], teamId: '5', active: true };

  it('sends nothing when nothing changed (role order does not matter)', () => {
    expect(userChanges({ ...before, roles: ['agent', 'qa'] }, { ...before, roles: ['qa', 'agent'] })).toEqual({});
    expect(userChanges(before, { ...before, displayName: ' 张晓燕 ' })).toEqual({});
  });

  it('sends only what changed, and null to remove the team', () => {
    expect(userChanges(before, { ...before, teamId: null, active: false })).toEqual({ teamId: null, active: false });
    expect(userChanges(before, { ...before, roles: ['agent', 'expert'], displayName: '张晓燕（组长）' })).toEqual({
      roles: ['agent', 'expert'],
      displayName: '张晓燕（组长）',
    });
  });
});
