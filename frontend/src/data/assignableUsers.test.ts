import { describe, expect, it } from 'vitest';
import { assignableFrom } from './assignableUsers';

describe('assignable users (until the server lists team members)', () => {
  const rows = [
    { assignee: { id: '8', displayName: '王振国', team: { id: '11' } } },
    { assignee: null },
    { assignee: { id: '9', displayName: '赵丽娟', team: { id: '12' } } }, // now in another team
    { assignee: { id: '8', displayName: '王振国', team: { id: '11' } } },
    { assignee: { id: '3', displayName: '李娜', team: { id: '11' } } },
  ];

  it('are the team’s current members seen as assignees, each once, in order', () => {
    expect(assignableFrom(rows, '11')).toEqual([
      { id: '8', displayName: '王振国' },
      { id: '3', displayName: '李娜' },
    ]);
    expect(assignableFrom(rows, '99')).toEqual([]);
  });

  it('put the viewer first when they are in the team, and only then', () => {
    const me = { id: '3', displayName: '李娜', team: { id: '11' } };
    expect(assignableFrom(rows, '11', me)).toEqual([
      { id: '3', displayName: '李娜' },
      { id: '8', displayName: '王振国' },
    ]);
    expect(assignableFrom(rows, '12', me)).toEqual([{ id: '9', displayName: '赵丽娟' }]);
    expect(assignableFrom([], '11', me)).toEqual([{ id: '3', displayName: '李娜' }]);
  });
});
