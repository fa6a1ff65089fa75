import { Space, Tooltip, Typography } from 'antd';
import type { SlaState } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { SlaStateTag } from '../../components/SlaStateTag';
import { dueRelative } from '../../lib/sla';
import { formatDateTime } from '../../lib/time';

/** The queue's 时限 cell: the state, and when the first running clock runs out (`2 小时内到期`). */
export function SlaCell({ sla }: { sla?: { state: SlaState; nextDueAt?: string | null } | null }) {
  const { t, locale } = useI18n();
  if (!sla) return <Typography.Text type="secondary">—</Typography.Text>;
  const due = sla.nextDueAt;
  return (
    <Space direction="vertical" size={0} data-testid="queue-sla">
      <SlaStateTag state={sla.state} />
      {due ? (
        <Tooltip title={`${formatDateTime(due)} (UTC+8)`}>
          <Typography.Text
            type={sla.state === 'BREACHED' ? 'danger' : 'secondary'}
            style={{ fontSize: 12, whiteSpace: 'nowrap' }}
          >
            {dueRelative(t, due, locale)}
          </Typography.Text>
        </Tooltip>
      ) : null}
    </Space>
  );
}
