import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ApprovalStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { APPROVAL_STATUS_COLORS, approvalStatusLabel } from '../../lib/enums';
import { formatCents } from '../../lib/money';
import { approvedChanged, isDoubleRefund } from './approvalModel';
import type { ApprovalRow } from './queries';

export function ApprovalStatusTag({ status }: { status: ApprovalStatus }) {
  const t = useT();
  return (
    <Tag color={APPROVAL_STATUS_COLORS[status]} bordered={false} data-testid="approval-status" data-status={status}>
      {approvalStatusLabel(t, status)}
    </Tag>
  );
}

/** The amount requested, with 「双倍返还」 when it is the double refund of a fee charged by mistake. */
export function RequestedAmount({ approval: a }: { approval: ApprovalRow }) {
  const t = useT();
  const amount = formatCents(a.amountCents, 'suffix', t);
  return (
    <Space size={6} wrap>
      <Typography.Text strong data-testid="approval-amount">
        {amount}
      </Typography.Text>
      {isDoubleRefund(a) ? (
        <Tooltip
          title={t('approvals.double.help', { fee: formatCents(a.wronglyChargedCents, 'suffix', t), amount })}
        >
          <Tag color="volcano" bordered={false} data-testid="approval-double">
            {t('approvals.double')}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}

/** 「批准 2,000.00 元」 (and what was requested, when the approver changed it). */
export function ApprovedAmount({ approval: a }: { approval: ApprovalRow }) {
  const t = useT();
  if (a.approvedCents === null || a.approvedCents === undefined) return null;
  return (
    <span data-testid="approval-approved">
      <Typography.Text type="success">
        {t('approvals.approvedAmount', { amount: formatCents(a.approvedCents, 'suffix', t) })}
      </Typography.Text>
      {approvedChanged(a) ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
          {t('approvals.changedFrom', { amount: formatCents(a.amountCents, 'suffix', t) })}
        </Typography.Text>
      ) : null}
    </span>
  );
}
