import { Button, Card, Descriptions, Space, Typography, type DescriptionsProps } from 'antd';
import { FieldTimeOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { usePermission } from '../../auth';
import { SlaStateTag } from '../../components/SlaStateTag';
import { TimeText } from '../../components/TimeText';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT, type TFunction } from '../../i18n';
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
          <Descriptions
            size="small"
            column={1}
            colon={false}
            className="kesu-detail-desc"
            items={slaItems(t, sla)}
          />
        </div>
      ) : (
        <Typography.Text type="secondary" data-testid="sla-card-none">
          {t('sla.card.none')}
        </Typography.Text>
      )}
    </Card>
  );
}

function slaItems(t: TFunction, sla: Sla): DescriptionsProps['items'] {
  const minutes = sla.remainingWorkingMinutes;
  const out: NonNullable<DescriptionsProps['items']> = [
    { key: 'state', label: t('sla.card.state'), children: <SlaStateTag state={sla.state} /> },
  ];
  if (typeof minutes === 'number' && sla.state !== 'PAUSED' && sla.state !== 'MET') {
    out.push({
      key: 'remaining',
      label: t('sla.card.remaining'),
      children: (
        <Typography.Text type={minutes < 0 ? 'danger' : undefined} strong data-testid="sla-remaining">
          {remainingText(t, minutes)}
        </Typography.Text>
      ),
    });
  }
  if (sla.currentStep) {
    out.push({
      key: 'step',
      label: t('sla.card.step'),
      children: <span data-testid="sla-step">{slaStepLabel(t, sla.currentStep)}</span>,
    });
  }
  const times: Array<[string, string | null | undefined, Parameters<TFunction>[0]]> = [
    ['stepDue', sla.stepDueAt, 'sla.card.stepDue'],
    ['firstResponseDue', sla.firstResponseDueAt, 'sla.card.firstResponseDue'],
    ['resolutionDue', sla.resolutionDueAt, 'sla.card.resolutionDue'],
    ['pausedSince', sla.pausedSince, 'sla.card.pausedSince'],
  ];
  for (const [key, value, label] of times) {
    if (value) {
      out.push({
        key,
        label: t(label),
        children: (
          <span data-testid={`sla-${key}`}>
            <TimeText value={value} />
          </span>
        ),
      });
    }
  }
  return out;
}
