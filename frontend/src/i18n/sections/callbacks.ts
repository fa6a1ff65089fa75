/**
 * The satisfaction callback (回访): the 回访队列 page, the callback and
 * unanswered-attempt dialogs (complaint detail and queue), their outcome
 * messages and the timeline details of callback entries. The action and
 * event labels (`action.CALLBACK_ATTEMPT`, `event.CALLBACK_ATTEMPTED`) live
 * with the other enum labels; the permission in `labels.ts`.
 */
export const callbacksZhCN = {
  'nav.callbacks': '回访队列',

  'callbacks.subtitle':
    '已办结、待满意度回访的投诉，按回访时限先后排列。3–5 分直接结案，1–2 分重新交专家组处理；{max} 次未接通按无法联系结案',
  'callbacks.table': '待回访投诉',
  'callbacks.total': '共 {total} 件，已加载 {loaded} 件',
  'callbacks.loadMore': '加载更多',
  'callbacks.allLoaded': '已全部加载',
  'callbacks.refresh': '刷新',
  'callbacks.empty': '暂无待回访的投诉',
  'callbacks.col.number': '工单编号',
  'callbacks.col.title': '投诉标题',
  'callbacks.col.customer': '客户',
  'callbacks.col.resolvedAt': '办结时间',
  'callbacks.col.due': '回访时限',
  'callbacks.col.attempts': '未接通',
  'callbacks.col.actions': '操作',
  'callbacks.overdue': '已超时',
  'callbacks.attempts': '已尝试 {count}/{max}',
  'callbacks.attempts.none': '未尝试',
  'callbacks.record': '记录回访',
  'callbacks.unreached': '未接通',
  'callbacks.recordAria': '记录工单 {number} 的回访',
  'callbacks.unreachedAria': '工单 {number} 回访未接通',
  'callbacks.openDetail': '查看工单 {number}',

  'callbacks.form.closes': '3–5 分：提交后投诉直接结案。',
  'callbacks.form.lowScore.title': '客户不满意：提交后投诉将重新处理',
  'callbacks.form.lowScore.desc': '1–2 分将重新打开投诉，退回专家组（不指定处理人）并重新计时，客户可见此进展。',
  'callbacks.form.closeDespite': '仍予结案（不再重新处理）',
  'callbacks.form.closeDespite.extra': '客户不满意但确无可再处理时，可直接结案，须说明理由（记入处理记录）',
  'callbacks.form.closeDespite.title': '提交后投诉将结案，不再重新处理',
  'callbacks.form.reason': '结案理由',
  'callbacks.form.reason.placeholder': '说明客户不满意仍予结案的理由',

  'callbacks.attempt.next': '这是第 {attempt}/{max} 次未接通；第 {max} 次未接通后投诉将按无法联系结案。',
  'callbacks.attempt.last.title': '这是第 {max} 次未接通，提交后投诉将按「无法联系」结案',
  'callbacks.attempt.last.desc': '结案后不再回访；如客户日后来电，可重新处理。',

  'callbacks.done.closed': '回访已记录，投诉 {number} 已结案',
  'callbacks.done.closedDespite': '回访已记录，投诉 {number} 客户不满意仍予结案',
  'callbacks.done.reopened': '客户不满意，投诉 {number} 已重新交专家组处理',
  'callbacks.done.attempt': '已记录投诉 {number} 第 {attempt}/{max} 次回访未接通',
  'callbacks.done.unreachable': '{max} 次回访均未接通，投诉 {number} 已按无法联系结案',

  'callbacks.badge.attempts': '回访未接通 {count}/{max}',

  'callbacks.timeline.attempt': '第 {attempt}/{of} 次回访未接通',
  'callbacks.timeline.unreachable': '回访 {attempts} 次均未接通，按无法联系结案',
  'callbacks.timeline.afterCallback': '回访满意度 {score}/5，回访后结案',
  'callbacks.timeline.lowScoreConfirmed': '客户不满意（{score}/5），仍予结案',
  'callbacks.timeline.lowScoreConfirmed.plain': '客户不满意，仍予结案',
  'callbacks.timeline.byCallback': '回访不满意（{score}/5），重新交专家组处理',
  'callbacks.timeline.byCallback.plain': '回访不满意，重新交专家组处理',
} as const;

export const callbacksEnUS: Record<keyof typeof callbacksZhCN, string> = {
  'nav.callbacks': 'Callbacks',

  'callbacks.subtitle':
    'Resolved complaints awaiting the satisfaction call, by callback deadline. A score of 3–5 closes the complaint, 1–2 sends it back to the expert team; {max} unanswered attempts close it as unreachable',
  'callbacks.table': 'Awaiting callback',
  'callbacks.total': '{total} in all, {loaded} loaded',
  'callbacks.loadMore': 'Load more',
  'callbacks.allLoaded': 'All loaded',
  'callbacks.refresh': 'Refresh',
  'callbacks.empty': 'No complaints awaiting a callback',
  'callbacks.col.number': 'Number',
  'callbacks.col.title': 'Title',
  'callbacks.col.customer': 'Customer',
  'callbacks.col.resolvedAt': 'Resolved',
  'callbacks.col.due': 'Callback due',
  'callbacks.col.attempts': 'Unanswered',
  'callbacks.col.actions': 'Actions',
  'callbacks.overdue': 'Overdue',
  'callbacks.attempts': 'Tried {count}/{max}',
  'callbacks.attempts.none': 'Not tried',
  'callbacks.record': 'Record callback',
  'callbacks.unreached': 'No answer',
  'callbacks.recordAria': 'Record the callback of {number}',
  'callbacks.unreachedAria': 'No answer calling back {number}',
  'callbacks.openDetail': 'Open complaint {number}',

  'callbacks.form.closes': '3–5: the complaint is closed when you submit.',
  'callbacks.form.lowScore.title': 'Customer not satisfied: the complaint will be reopened',
  'callbacks.form.lowScore.desc':
    'A score of 1–2 reopens the complaint with the expert team (unassigned) on a new clock; the customer sees this.',
  'callbacks.form.closeDespite': 'Close anyway (do not reopen)',
  'callbacks.form.closeDespite.extra':
    'When nothing more can be done for a dissatisfied customer, close it with a reason (kept in the timeline)',
  'callbacks.form.closeDespite.title': 'The complaint will be closed, not reopened',
  'callbacks.form.reason': 'Reason for closing',
  'callbacks.form.reason.placeholder': 'Why the complaint is closed although the customer is not satisfied',

  'callbacks.attempt.next':
    'This is unanswered attempt {attempt}/{max}; after attempt {max} the complaint is closed as unreachable.',
  'callbacks.attempt.last.title': 'This is attempt {max}: the complaint will be closed as unreachable',
  'callbacks.attempt.last.desc': 'No further callback is made; if the customer calls later, it can be reopened.',

  'callbacks.done.closed': 'Callback recorded; complaint {number} is closed',
  'callbacks.done.closedDespite': 'Callback recorded; complaint {number} is closed despite the low score',
  'callbacks.done.reopened': 'Customer not satisfied; complaint {number} is back with the expert team',
  'callbacks.done.attempt': 'Recorded unanswered callback {attempt}/{max} for {number}',
  'callbacks.done.unreachable': '{max} callbacks unanswered; complaint {number} is closed as unreachable',

  'callbacks.badge.attempts': 'Callback unanswered {count}/{max}',

  'callbacks.timeline.attempt': 'Callback attempt {attempt}/{of} unanswered',
  'callbacks.timeline.unreachable': '{attempts} callbacks unanswered; closed as unreachable',
  'callbacks.timeline.afterCallback': 'Satisfaction {score}/5; closed after the callback',
  'callbacks.timeline.lowScoreConfirmed': 'Customer not satisfied ({score}/5); closed anyway',
  'callbacks.timeline.lowScoreConfirmed.plain': 'Customer not satisfied; closed anyway',
  'callbacks.timeline.byCallback': 'Not satisfied at the callback ({score}/5); back to the expert team',
  'callbacks.timeline.byCallback.plain': 'Not satisfied at the callback; back to the expert team',
};
