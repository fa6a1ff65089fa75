import { Tag, Typography } from 'antd';
import type { Channel, ComplaintStatus, Priority } from '../gql/graphql';
import { useT } from '../i18n';
import { PRIORITY_COLORS, STATUS_COLORS, channelLabel, priorityLabel, statusLabel } from '../lib/enums';

export function StatusTag({ status }: { status: ComplaintStatus }) {
  const t = useT();
  const label = statusLabel(t, status);
  return (
    <Tag
      color={STATUS_COLORS[status]}
      className="kesu-status-tag"
      style={{ marginInlineEnd: 0 }}
      data-status={status}
      title={label}
    >
      {label}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const t = useT();
  if (priority === 'NORMAL') {
    return (
      <Typography.Text type="secondary" data-priority={priority}>
        {priorityLabel(t, priority)}
      </Typography.Text>
    );
  }
  return (
    <Tag color={PRIORITY_COLORS[priority]} bordered={false} style={{ marginInlineEnd: 0 }} data-priority={priority}>
      {priorityLabel(t, priority)}
    </Tag>
  );
}

export function ChannelText({ channel }: { channel: Channel }) {
  const t = useT();
  return <span data-channel={channel}>{channelLabel(t, channel)}</span>;
}
