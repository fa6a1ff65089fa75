import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n';
import { backupChoices, rosterDoneMessage, toRosterFormValues, toRosterInput, type RosterUser } from './rosterModel';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const tEn: TFunction = (key: MessageKey, vars) => interpolate(enUS[key], vars);

const expert = { id: '10', name: '客诉专家组' };
const user = (id: string, displayName: string, over: Partial<RosterUser> = {}): RosterUser => ({
  id,
  displayName,
  active: true,
  absent: false,
  team: expert,
  backup: null,
  ...over,
});
const liu = user('6', '刘建华', { backup: { id: '7', displayName: '欧阳雪梅' } });
const rows: RosterUser[] = [
  liu,
  user('7', '欧阳雪梅'),
  user('8', '林小满', { absent: true }),
  user('9', '已停用的人', { active: false }),
  user('3', '张晓燕', { team: { id: '5', name: '北京西单营业厅' } }),
  user('1', '高鹏飞', { team: null }),
];

describe('the A/B roster', () => {
  it('offers active members of the same team as backup, never the member', () => {
    expect(backupChoices(rows, liu)).toEqual([
      { id: '7', displayName: '欧阳雪梅', absent: false },
      { id: '8', displayName: '林小满', absent: true },
    ]);
    expect(backupChoices(rows, rows[5] as RosterUser)).toEqual([]);
  });

  it('keeps a current backup who no longer qualifies, marked stale', () => {
    const moved = user('6', '刘建华', { backup: { id: '3', displayName: '张晓燕' } });
    expect(backupChoices(rows, moved).at(-1)).toEqual({ id: '3', displayName: '张晓燕', absent: false, stale: true });
  });

  it('edits absence and backup; clearing the backup sends null', () => {
    const v = toRosterFormValues(liu);
    expect(v).toEqual({ absent: false, backupUserId: '7' });
    expect(toRosterInput(liu, { ...v, absent: true })).toEqual({ userId: '6', absent: true, backupUserId: '7' });
    expect(toRosterInput(liu, { absent: false, backupUserId: null })).toEqual({
      userId: '6',
      absent: false,
      backupUserId: null,
    });
  });

  it('says how many open complaints went to whom, or back to the queue', () => {
    const base = { user: { id: '6', absent: true, backup: null } };
    expect(
      rosterDoneMessage(tZh, liu, { ...base, handedOver: 3, handedTo: { id: '7', displayName: '欧阳雪梅' } }),
    ).toBe('已将 3 件在办投诉转交给 欧阳雪梅');
    expect(rosterDoneMessage(tZh, liu, { ...base, handedOver: 2, handedTo: null })).toBe(
      '已将 2 件在办投诉退回班组队列',
    );
    expect(rosterDoneMessage(tZh, liu, { ...base, handedOver: 0, handedTo: null })).toBe('已保存 刘建华 的AB角与缺勤');
    expect(rosterDoneMessage(tEn, liu, { ...base, handedOver: 1, handedTo: { id: '7', displayName: 'Ouyang' } })).toBe(
      '1 open complaints handed to Ouyang',
    );
  });
});
