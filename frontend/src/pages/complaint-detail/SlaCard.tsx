import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { FieldTimeOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { usePermission } from '../../auth';
import { SlaStateTag } from '../../components/SlaStateTag';
import { TimeText } from '../../components/TimeText';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { canPauseClock, canResumeClock, remainingText, slaStepLabel } from '../../lib/sla';
import type { ClockChange } from './ClockModal';

type Sla = NonNullable<ComplaintDetailQuery['complaint']['sla']>;

/**
 * 时限: where the complaint stands against its time limits (computed by the
 * server at read time), with 暂停计时 / 恢复计时 for holders of
 * `complaint.clock` when the state allows it.
 */
export function SlaCard({ sla, onChange }: { sla: Sla | null | undefined; onChange: (change: ClockChange) => void }) {
  const t = useT();
  const mayChange = usePermission('complaint.clock');
  const showPause = mayChange && !!sla && canPauseClock(sla.state);
  const showResume = mayChange && !!sla && canResumeClock(sla.state, sla.pausedSince);
  const minutes = sla?.remainingWorkingMinutes;
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      title={
        <span>
          <FieldTimeOutlined /> {t('sla.card.title')}
        </span>
      }
      extra={
        <Space size={4}>
          {showPause ? (
            <Button size="small" icon={<PauseCircleOutlined />} onClick={() => onChange('pause')} data-testid="sla-pause">
              {t('sla.pause')}
            </Button>
          ) : null}
          {showResume ? (
            <Button
              size="small"
              type="primary"
              icon={<PlayCircleOutlined />}
              onClick={() => onChange('resume')}
              data-testid="sla-resume"
            >
              {t('sla.resume')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {sla ? (
        <div data-testid="sla-card" data-sla-state={sla.state}>
          <Descriptions size="small" column={1} colon={false} className="kesu-detail-desc">
            <Descriptions.Item label={t('sla.card.state')}>
              <SlaStateTag state={sla.state} />
            </Descriptions.Item>
            {typeof minutes === 'number' && sla.state !== 'PAUSED' && sla.state !== 'MET' ? (
              <Descriptions.Item label={t('sla.card.remaining')}>
                <Typography.Text type={minutes < 0 ? 'danger' : undefined} strong data-testid="sla-remaining">
                  {remainingText(t, minutes)}
                </Typography.Text>
              </Descriptions.Item>
            ) : null}
            {sla.currentStep ? (
              <Descriptions.Item label={t('sla.card.step')}>
                <span data-testid="sla-step">{slaStepLabel(t, sla.currentStep)}</span>
              </Descriptions.Item>
            ) : null}
            {sla.stepDueAt ? (
              <Descriptions.Item label={t('sla.card.stepDue')}>
                <TimeText value={sla.stepDueAt} />
              </Descriptions.Item>
            ) : null}
            {sla.firstResponseDueAt ? (
              <Descriptions.Item label={t('sla.card.firstResponseDue')}>
                <TimeText value={sla.firstResponseDueAt} />
              </Descriptions.Item>
            ) : null}
            {sla.resolutionDueAt ? (
              <Descriptions.Item label={t('sla.card.resolutionDue')}>
                <TimeText value={sla.resolutionDueAt} />
              </Descriptions.Item>
            ) : null}
            {sla.pausedSince ? (
              <Descriptions.Item label={t('sla.card.pausedSince')}>
                <span data-testid="sla-paused-since">
                  <TimeText value={sla.pausedSince} />
                </span>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </div>
      ) : (
        <Typography.Text type="secondary" data-testid="sla-card-none">
          {t('sla.card.none')}
        </Typography.Text>
      )}
    </Card>
  );
}
