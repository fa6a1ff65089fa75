import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, List, Popover, Space, Tag, Typography } from 'antd';
import { AlertOutlined, BellOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { gqlKey, useGqlMutation, useGqlQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { TimeText } from '../components/TimeText';
import { graphql } from '../gql';
import type { NotificationKind } from '../gql/graphql';
import { useT, type MessageKey } from '../i18n';
import { useLiveSubscription } from '../live';
import { complaintDetailPath, paths } from '../paths';

export const NotificationFeedDoc = graphql(`
  subscription NotificationFeed {
    notifications {
      unreadCount
      notification {
        id
      }
    }
  }
`);

const NotificationListDoc = graphql(`
  query NotificationList($first: Int) {
    notifications(first: $first) {
      edges {
        node {
          id
          kind
          title
          body
          complaintId
          createdAt
          readAt
        }
      }
    }
  }
`);

const MarkReadDoc = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

/**
 * The header bell: the unread count, pushed live by the `notifications`
 * subscription (its first event is the stored count), and a list of the
 * latest notifications with mark-read and a link to the complaint (or, for
 * an alert, to the 预警 or 合规审计 page).
 */
export function NotificationBell() {
  const t = useT();
  const queryClient = useQueryClient();
  const [count, setCount] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  useLiveSubscription(NotificationFeedDoc, undefined, (d) => {
    setCount(d.notifications.unreadCount);
    void queryClient.invalidateQueries({ queryKey: gqlKey('NotificationList') });
  });
  const list = useGqlQuery(NotificationListDoc, { first: 20 }, { enabled: open, staleTime: 0 });
  const mark = useGqlMutation(MarkReadDoc, {
    onSuccess: (d) => {
      setCount(d.markNotificationsRead.unreadCount);
      void queryClient.invalidateQueries({ queryKey: gqlKey('NotificationList') });
    },
  });
  const unread = count ?? 0;
  const items = list.data?.notifications.edges.map((e) => e.node) ?? [];

  const content = (
    <div style={{ width: 360 }} data-testid="notification-list">
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {mark.error ? <ErrorAlert error={mark.error} /> : null}
      <List
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(n) => {
          const target = link(n);
          return (
            <List.Item
              key={n.id}
              data-testid="notification-item"
              data-kind={n.kind}
              data-unread={n.readAt ? 'false' : 'true'}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="link"
                        onClick={() => mark.mutate({ input: { ids: [n.id] } })}
                      >
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    <Badge status={n.readAt ? 'default' : 'processing'} />
                    <Tag color={KIND_COLOR[n.kind]} icon={KIND_ICON[n.kind]}>
                      {t(`notifications.kind.${n.kind}`)}
                    </Tag>
                    {target ? (
                      <Link
                        to={target.to}
                        onClick={() => {
                          setOpen(false);
                          if (!n.readAt) mark.mutate({ input: { ids: [n.id] } });
                        }}
                      >
                        {t(target.label)}
                      </Link>
                    ) : null}
                  </Space>
                }
                description={
                  <Flex vertical gap={2}>
                    <Typography.Text strong ellipsis>
                      {n.title}
                    </Typography.Text>
                    <Typography.Text ellipsis>{n.body}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      <TimeText value={n.createdAt} mode="relative" />
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          );
        }}
      />
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between" align="center">
          <span>{t('notifications.title')}</span>
          <Button
            size="small"
            type="link"
            disabled={unread === 0}
            loading={mark.isPending}
            onClick={() => mark.mutate({ input: { all: true } })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count: unread })}
        data-testid="notification-bell"
        data-count={count === null ? '' : String(unread)}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}

/** Overdue and alerts red, returns orange, approvals gold, compliance purple, the rest blue. */
const KIND_COLOR: Record<NotificationKind, string> = {
  ASSIGNED: 'blue',
  SLA_AT_RISK: 'blue',
  SLA_BREACHED: 'red',
  ALERT: 'red',
  CUSTOMER_REPLY: 'blue',
  RETURNED: 'orange',
  APPROVAL_REQUESTED: 'gold',
  APPROVAL_DECIDED: 'blue',
  MAJOR: 'blue',
  COMPLIANCE_ALERT: 'purple',
};

const KIND_ICON: Partial<Record<NotificationKind, ReactNode>> = {
  ALERT: <AlertOutlined />,
  COMPLIANCE_ALERT: <SafetyCertificateOutlined />,
};

/** Where a notification leads: its complaint, else the page of its kind (alerts, 合规审计). */
function link(n: { kind: NotificationKind; complaintId?: string | null }): { to: string; label: MessageKey } | null {
  if (n.complaintId) return { to: complaintDetailPath(n.complaintId), label: 'notifications.open' };
  if (n.kind === 'COMPLIANCE_ALERT') return { to: paths.audit, label: 'notifications.openCompliance' };
  if (n.kind === 'ALERT') return { to: paths.alerts, label: 'notifications.openAlerts' };
  return null;
}
