import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined, NotificationOutlined, StopOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/errorMessage';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { Can } from '../../auth';
import { TimeText } from '../../components/TimeText';
import { categoryPath } from '../../data/categories';
import { useT } from '../../i18n';
import { paths } from '../../paths';
import { announcementQueuePath } from '../complaints/queueState';
import { announcementPhase, type AnnouncementPhase } from './announcementState';
import { EndAnnouncementDoc, type AnnouncementRow } from './queries';

const PHASE_COLORS: Record<AnnouncementPhase, string> = {
  active: 'success',
  upcoming: 'processing',
  expired: 'default',
};

/**
 * One announcement: its window, category and agreed wording; a link to the
 * complaints linked to it; for announcement.manage, edit and end (after a
 * confirmation) while it has not ended.
 */
export function AnnouncementItem({ a, onEdit }: { a: AnnouncementRow; onEdit: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const phase = a.ended ? 'expired' : announcementPhase(a);
  const end = useGqlMutation(EndAnnouncementDoc);
  const confirmEnd = () =>
    modal.confirm({
      title: t('announcements.end.confirm', { title: a.title }),
      content: t('announcements.end.confirmDesc'),
      okText: t('announcements.end'),
      okButtonProps: { danger: true, 'data-testid': 'announcement-end-ok' },
      cancelText: t('announcements.cancel'),
      onOk: () =>
        end
          .mutateAsync({ input: { id: a.id, expectedVersion: a.version } })
          .then(() => void message.success(t('announcements.ended', { title: a.title })))
          .catch((err: unknown) => void message.error(errorMessage(err, t)))
          .finally(() => {
            void queryClient.invalidateQueries({ queryKey: gqlKey('Announcements') });
            void queryClient.invalidateQueries({ queryKey: gqlKey('IntakeAnnouncements') });
          }),
    });

  return (
    <article
      className={`kesu-announcement kesu-announcement-${phase}`}
      data-testid="announcement"
      data-phase={phase}
      data-id={a.id}
    >
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Space size={8} align="center" wrap>
          <NotificationOutlined style={{ color: phase === 'active' ? '#1677ff' : 'rgba(0,0,0,0.35)' }} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {a.title}
          </Typography.Title>
          <Tag color={PHASE_COLORS[phase]} style={{ marginInlineEnd: 0 }}>
            {t(`announcements.phase.${phase}`)}
          </Tag>
          {a.category ? (
            <Tag color="blue" bordered={false}>
              {categoryPath(a.category)}
            </Tag>
          ) : null}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="announcement-window">
          {t('announcements.window')}: <TimeText value={a.activeFrom} /> ～{' '}
          {a.activeUntil ? <TimeText value={a.activeUntil} /> : t('announcements.openEnded')}
        </Typography.Text>
      </Flex>
      <div className="kesu-explanation" data-testid="announcement-explanation">
        <div className="kesu-explanation-label">{t('announcements.explanation')}</div>
        <Typography.Paragraph
          copyable={{ text: a.explanation, tooltips: [t('announcements.copy'), t('announcements.copied')] }}
          style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
        >
          {a.explanation}
        </Typography.Paragraph>
      </div>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('announcements.by', { name: a.createdBy?.displayName ?? '—' })} · <TimeText value={a.createdAt} />
        </Typography.Text>
        <Space size={4} wrap>
          <Link
            to={announcementQueuePath(paths.complaints, a.id)}
            data-testid="announcement-complaints"
            style={{ marginInlineEnd: 8 }}
          >
            <UnorderedListOutlined /> {t('announcements.complaints')}
          </Link>
          {!a.ended ? (
            <Can permission="announcement.manage">
              <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="announcement-edit">
                {t('announcements.edit')}
              </Button>
              <Button
                size="small"
                danger
                icon={<StopOutlined />}
                onClick={confirmEnd}
                loading={end.isPending}
                data-testid="announcement-end"
              >
                {t('announcements.end')}
              </Button>
            </Can>
          ) : null}
        </Space>
      </Flex>
    </article>
  );
}
