import { Alert, Button, Flex, Typography } from 'antd';
import { CheckOutlined, LinkOutlined, NotificationOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';

export interface BannerAnnouncement {
  id: string;
  title: string;
  explanation: string;
}

/**
 * Active announcements for the chosen category, at the top of the intake
 * form: each with its agreed wording (统一口径) to read to the caller, and
 * one click to link the new complaint to it (click again to unlink).
 */
export function AnnouncementBanner({
  announcements,
  linkedId,
  onLink,
}: {
  announcements: readonly BannerAnnouncement[];
  linkedId: string | null | undefined;
  onLink: (id: string | null) => void;
}) {
  const t = useT();
  if (announcements.length === 0) return null;
  return (
    <section aria-label={t('intake.announcement.section')} data-testid="intake-announcements">
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        {announcements.map((a) => {
          const linked = a.id === linkedId;
          return (
            <Alert
              key={a.id}
              type={linked ? 'success' : 'warning'}
              showIcon
              icon={<NotificationOutlined />}
              data-testid="intake-announcement"
              data-linked={linked}
              message={
                <Typography.Text strong>
                  {t('intake.announcement.active')}: {a.title}
                </Typography.Text>
              }
              description={
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('intake.announcement.explanation')}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {a.explanation}
                  </Typography.Paragraph>
                </div>
              }
              action={
                <Button
                  size="small"
                  type={linked ? 'default' : 'primary'}
                  icon={linked ? <CheckOutlined /> : <LinkOutlined />}
                  onClick={() => onLink(linked ? null : a.id)}
                  aria-pressed={linked}
                  data-testid="announcement-link"
                >
                  {linked ? t('intake.announcement.linked') : t('intake.announcement.link')}
                </Button>
              }
            />
          );
        })}
      </Flex>
    </section>
  );
}
