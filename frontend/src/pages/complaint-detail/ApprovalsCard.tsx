import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Flex, List, Space, Typography } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { useMe, usePermission } from '../../auth';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { paths } from '../../paths';
import { decideRight } from '../approvals/approvalModel';
import { ApprovalStatusTag, ApprovedAmount, RequestedAmount } from '../approvals/ApprovalBits';
import { DecideModal, type Decision } from '../approvals/DecideModal';
import type { ApprovalRow } from '../approvals/queries';

/**
 * 审批记录: the complaint's approvals above authority, newest first — what
 * was requested (and whether it is a double refund), what was approved, who
 * decided and why. A pending one says the complaint waits for it, and an
 * approver may decide it here; a rejection on top asks for a revised proposal.
 */
export function ApprovalsCard({ approvals }: { approvals: readonly ApprovalRow[] }) {
  const t = useT();
  const me = useMe();
  const canDecide = usePermission('approval.decide');
  const [deciding, setDeciding] = useState<{ approval: ApprovalRow; decision: Decision } | null>(null);
  const latest = approvals[0];
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <span>
          <FileDoneOutlined /> {t('approvals.card.title')}
        </span>
      }
      extra={canDecide ? <Link to={paths.approvals}>{t('approvals.card.queue')}</Link> : null}
    >
      <div data-testid="detail-approvals">
        {latest?.status === 'PENDING' ? (
          <Alert type="warning" showIcon message={t('approvals.card.pending')} style={{ marginBottom: 8 }} />
        ) : latest?.status === 'REJECTED' ? (
          <Alert type="error" showIcon message={t('approvals.card.rejected')} style={{ marginBottom: 8 }} />
        ) : null}
        <List
          size="small"
          dataSource={[...approvals]}
          rowKey="id"
          renderItem={(a) => {
            const right = decideRight(a, { id: me.user.id, canDecide });
            return (
              <List.Item data-testid="approval-item" data-status={a.status} style={{ paddingInline: 0 }}>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex wrap gap={8} align="center">
                    <ApprovalStatusTag status={a.status} />
                    <RequestedAmount approval={a} />
                    <ApprovedAmount approval={a} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('approvals.card.requested', { name: a.requestedBy?.displayName ?? '—' })}{' '}
                    <TimeText value={a.requestedAt} />
                  </Typography.Text>
                  {a.decidedAt && a.status !== 'WITHDRAWN' ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('approvals.card.decided', { name: a.decidedBy?.displayName ?? '—' })}{' '}
                      <TimeText value={a.decidedAt} />
                    </Typography.Text>
                  ) : null}
                  {a.decisionReason ? (
                    <div className="kesu-event-body" data-testid="approval-reason">
                      <Typography.Text type="secondary">{t('approvals.card.reason')}</Typography.Text>
                      {a.decisionReason}
                    </div>
                  ) : null}
                  {right === 'decide' ? (
                    <Space size={4} style={{ marginTop: 4 }}>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ approval: a, decision: 'approve' })}
                        data-testid="approval-approve"
                      >
                        {t('approvals.approve')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => setDeciding({ approval: a, decision: 'reject' })}
                        data-testid="approval-reject"
                      >
                        {t('approvals.reject')}
                      </Button>
                    </Space>
                  ) : right === 'own' ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('approvals.own')}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </List.Item>
            );
          }}
        />
      </div>
      {deciding ? (
        <DecideModal
          key={`${deciding.approval.id}-${deciding.decision}`}
          approval={deciding.approval}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </Card>
  );
}
