import { describe, expect, it } from 'vitest';
import { viewerFirst } from './assignableUsers';

describe('assignable users', () => {
  const members = [
    { id: '8', displayName: '王振国' },
    { id: '3', displayName: '李娜' },
    { id: '8', displayName: '王振国' },
  ];

  it('are the team’s members in the server’s order, each once', () => {
    expect(viewerFirst(members)).toEqual([
      { id: '8', displayName: '王振国' },
      { id: '3', displayName: '李娜' },
    ]);
    expect(viewerFirst([])).toEqual([]);
  });

  it('put the viewer first when they are a member, and only then', () => {
    expect(viewerFirst(members, '3').map((u) => u.id)).toEqual(['3', '8']);
    expect(viewerFirst(members, '42').map((u) => u.id)).toEqual(['8', '3']);
  });
});
