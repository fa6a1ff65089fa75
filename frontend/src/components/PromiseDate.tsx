import { useEffect, useState } from 'react';
import { Alert, Space, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useGqlQuery } from '../api/hooks';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { formatDateTime } from '../lib/time';
import { ErrorAlert } from './ErrorAlert';

export const PromiseDateQuery = graphql(`
  query PromiseDate($from: DateTime!, $days: Int!, $teamId: ID) {
    workingDeadlineDetails(from: $from, workingDays: $days, teamId: $teamId) {
      at
      calendarName
      missingHolidayYears
    }
  }
`);

/** Ordinary complaints are resolved within 3 working days (DOMAIN.md). */
export const RESOLUTION_WORKING_DAYS = 3;

/** The current minute, refreshed every minute, so the query key stays put in between. */
function useMinute(): string {
  const now = () => {
    const d = new Date();
    d.setSeconds(0, 0);
    return d.toISOString();
  };
  const [minute, setMinute] = useState(now);
  useEffect(() => {
    const id = window.setInterval(() => setMinute(now()), 60_000);
    return () => window.clearInterval(id);
  }, []);
  return minute;
}

/**
 * 可承诺答复时间: the latest time an agent may promise the caller, `days`
 * working days from now on the team's working calendar (the default one
 * without a team), with a warning when a year it spans has no official
 * holiday data yet.
 */
export function PromiseDate({
  teamId,
  days = RESOLUTION_WORKING_DAYS,
}: {
  teamId?: string | null;
  days?: number;
}) {
  const t = useT();
  const from = useMinute();
  const q = useGqlQuery(PromiseDateQuery, { from, days, teamId: teamId ?? null }, { placeholderData: (prev) => prev });
  const d = q.data?.workingDeadlineDetails;
  return (
    <div data-testid="promise-date" aria-busy={q.isFetching}>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <Space size={6} wrap>
        <ClockCircleOutlined />
        <Typography.Text type="secondary">{t('promise.title')}</Typography.Text>
        {d ? (
          <Tooltip title={t('promise.calendar', { name: d.calendarName })}>
            <Typography.Text strong data-testid="promise-date-value">
              {t('promise.value', { days, at: formatDateTime(d.at) })}
            </Typography.Text>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </Space>
      {d && d.missingHolidayYears.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={t('promise.missingYears', { years: d.missingHolidayYears.join('、') })}
        />
      ) : null}
    </div>
  );
}
