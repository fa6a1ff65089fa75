import { Link, useNavigate } from 'react-router-dom';
import { Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { ComplaintOrder, ComplaintQueueQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ChannelText, PriorityTag, StatusTag } from '../../components/EnumTags';
import { MaskedContact } from '../../components/MaskedContact';
import { TimeText } from '../../components/TimeText';
import { categoryPath } from '../../data/categories';
import { complaintDetailPath } from '../../paths';
import { orderToSorter, sorterToOrder } from './queueState';
import { SlaCell } from './SlaCell';

export type QueueRow = ComplaintQueueQuery['complaints']['edges'][number]['node'];

/** The queue as a compact table; a row opens the complaint. */
export function QueueTable({
  rows,
  loading,
  orderBy,
  onOrderChange,
  footer,
}: {
  rows: readonly QueueRow[];
  loading: boolean;
  orderBy: ComplaintOrder;
  onOrderChange: (order: ComplaintOrder) => void;
  footer?: () => React.ReactNode;
}) {
  const t = useT();
  const navigate = useNavigate();
  const sorted = orderToSorter(orderBy);
  const sortOrderOf = (column: string) => (sorted.column === column ? sorted.direction : null);

  const columns: TableProps<QueueRow>['columns'] = [
    {
      key: 'number',
      title: t('queue.col.number'),
      dataIndex: 'number',
      width: 136,
      fixed: 'left',
      render: (_, r) => (
        <Link
          to={complaintDetailPath(r.id)}
          className="kesu-mono"
          aria-label={t('queue.openDetail', { number: r.number })}
        >
          {r.number}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('queue.col.title'),
      dataIndex: 'title',
      width: 200,
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <div className="kesu-title-cell">
          {r.isMajor ? (
            <Tag color="red" bordered={false}>
              {t('queue.tag.major')}
            </Tag>
          ) : null}
          {r.repeatOfId ? (
            <Tag color="orange" bordered={false}>
              {t('queue.tag.repeat')}
            </Tag>
          ) : null}
          {r.reopenCount > 0 ? (
            <Tag color="magenta" bordered={false}>
              {t('queue.tag.reopened', { count: r.reopenCount })}
            </Tag>
          ) : null}
          <Tooltip title={r.title} placement="topLeft">
            <span className="kesu-ellipsis">{r.title}</span>
          </Tooltip>
        </div>
      ),
    },
    {
      key: 'category',
      title: t('queue.col.category'),
      width: 96,
      ellipsis: { showTitle: false },
      render: (_, r) =>
        r.category ? (
          <Tooltip title={categoryPath(r.category)}>
            <span>{r.category.name}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: t('queue.col.status'),
      width: 120,
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      key: 'priority',
      title: t('queue.col.priority'),
      width: 72,
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrderOf('priority'),
      render: (_, r) => <PriorityTag priority={r.priority} />,
    },
    {
      key: 'channel',
      title: t('queue.col.channel'),
      width: 80,
      ellipsis: true,
      render: (_, r) => <ChannelText channel={r.channel} />,
    },
    {
      key: 'customer',
      title: t('queue.col.customer'),
      width: 104,
      render: (_, r) => <MaskedContact name={r.customer?.nameMasked} phone={r.customer?.phoneMasked} />,
    },
    {
      key: 'assignee',
      title: t('queue.col.assignee'),
      width: 76,
      ellipsis: true,
      render: (_, r) =>
        r.assignee ? (
          <Tooltip title={r.team?.name}>
            <span>{r.assignee.displayName}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('common.unassigned')}</Typography.Text>
        ),
    },
    {
      key: 'sla',
      title: t('queue.col.sla'),
      width: 132,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf('sla'),
      render: (_, r) => <SlaCell sla={r.sla} />,
    },
    {
      key: 'createdAt',
      title: t('queue.col.createdAt'),
      width: 132,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sortOrderOf('createdAt'),
      render: (_, r) => <TimeText value={r.createdAt} />,
    },
    {
      key: 'updatedAt',
      title: t('queue.col.updatedAt'),
      width: 88,
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrderOf('updatedAt'),
      render: (_, r) => <TimeText value={r.updatedAt} mode="relative" />,
    },
  ];

  const onChange: TableProps<QueueRow>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    onOrderChange(sorterToOrder(sorter.columnKey, sorter.order));
  };

  return (
    <Table<QueueRow>
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      onChange={onChange}
      scroll={{ x: 1236 }}
      showSorterTooltip={false}
      footer={footer}
      locale={{ emptyText: t('queue.empty') }}
      rowClassName="kesu-clickable-row"
      onRow={(r) => ({
        onClick: (e) => {
          if ((e.target as HTMLElement).closest('a,button,input,label')) return;
          void navigate(complaintDetailPath(r.id));
        },
      })}
      aria-label={t('queue.table')}
    />
  );
}
