import { Link } from 'react-router-dom';
import { Card, Tag, Typography } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { paths } from '../../paths';
import { announcementQueuePath } from '../complaints/queueState';

type Announcement = NonNullable<ComplaintDetailQuery['complaint']['announcement']>;

/** The announcement (mass incident) the complaint is linked to: its agreed wording and the other complaints about it. */
export function AnnouncementCard({ announcement: a }: { announcement: Announcement }) {
  const t = useT();
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <span>
          <NotificationOutlined /> {t('detail.announcement.title')}
        </span>
      }
      extra={
        a.ended ? (
          <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
            {t('detail.announcement.ended')}
          </Tag>
        ) : (
          <Tag color="orange" bordered={false} style={{ marginInlineEnd: 0 }}>
            {t('detail.announcement.active')}
          </Tag>
        )
      }
    >
      <div data-testid="detail-announcement" data-id={a.id}>
        <Typography.Text strong>{a.title}</Typography.Text>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 4, expandable: true }}
          style={{ margin: '4px 0', fontSize: 13 }}
          className="kesu-pre"
        >
          <strong>{t('detail.announcement.explanation')}</strong>
          {a.explanation}
        </Typography.Paragraph>
        <Link to={announcementQueuePath(paths.complaints, a.id)}>{t('detail.announcement.complaints')}</Link>
      </div>
    </Card>
  );
}
