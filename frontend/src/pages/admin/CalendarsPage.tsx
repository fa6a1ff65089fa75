import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Space, Table, Tag, type TableProps } from 'antd';
import { ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/errorMessage';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import type { AdminCalendarsQuery as Data } from '../../gql/graphql';
import { useT } from '../../i18n';
import { CalendarModal, type CalendarTarget } from './CalendarModal';
import { assignedCalendarId, formatShifts, sortWeekdays } from './calendarModel';
import { AdminCalendarsQuery, SetTeamCalendarMutation } from './calendarQueries';
import { HolidayYears, ImportYearModal } from './HolidayYears';
import './admin.css';

type CalendarRow = Data['calendars'][number];
type TeamRow = Data['teams'][number];

/**
 * 工作日历 (calendar.manage): the working calendars (shifts, weekend days,
 * whether the official holidays apply), which calendar each team follows,
 * and the official holiday arrangement per year with its import.
 */
export default function CalendarsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(AdminCalendarsQuery, {});
  const [target, setTarget] = useState<CalendarTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const calendars = useMemo(() => data?.calendars ?? [], [data]);
  const teams = useMemo(() => data?.teams ?? [], [data]);
  const teamName = useMemo(() => new Map(teams.map((x) => [x.id, x.name])), [teams]);
  const byDefault = calendars.find((c) => c.isDefault);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('AdminCalendars') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('PromiseDate') });
  };
  const setTeam = useGqlMutation(SetTeamCalendarMutation);
  const assign = (team: TeamRow, calendarId: string | null) =>
    setTeam
      .mutateAsync({ input: { teamId: team.id, calendarId } })
      .then((d) => message.success(t('admin.calendars.teams.saved', { team: team.name, calendar: d.setTeamCalendar.name })))
      .catch((err: unknown) => message.error(errorMessage(err, t)))
      .finally(refresh);

  const columns: TableProps<CalendarRow>['columns'] = [
    {
      key: 'name',
      title: t('admin.calendars.col.name'),
      render: (_, c) => (
        <Space size={6}>
          <span style={{ fontWeight: 500 }}>{c.name}</span>
          {c.isDefault ? (
            <Tag color="blue" bordered={false}>
              {t('admin.calendars.default')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'shifts',
      title: t('admin.calendars.col.shifts'),
      render: (_, c) => <span className="kesu-mono">{formatShifts(c.shifts)}</span>,
    },
    {
      key: 'weekend',
      title: t('admin.calendars.col.weekend'),
      render: (_, c) =>
        c.weekend.length === 0
          ? t('admin.calendars.noWeekend')
          : sortWeekdays(c.weekend)
              .map((d) => t(`weekday.${d}`))
              .join('、'),
    },
    {
      key: 'official',
      title: t('admin.calendars.col.official'),
      render: (_, c) =>
        c.officialHolidays ? (
          <Tag color="green" bordered={false}>
            {t('admin.calendars.official.yes', { years: c.holidayYears.join('、') })}
          </Tag>
        ) : (
          <Tag bordered={false}>{t('admin.calendars.official.no')}</Tag>
        ),
    },
    {
      key: 'teams',
      title: t('admin.calendars.col.teams'),
      render: (_, c) => {
        const names = c.teamIds.map((id) => teamName.get(id) ?? `#${id}`);
        if (c.isDefault) names.push(t('admin.calendars.allTeams'));
        return names.length ? names.join('、') : '—';
      },
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 88,
      render: (_, c) => (
        <Button
          type="link"
          size="small"
          onClick={() => setTarget({ mode: 'edit', calendar: c })}
          aria-label={`${t('admin.edit')} ${c.name}`}
        >
          {t('admin.edit')}
        </Button>
      ),
    },
  ];

  const teamColumns: TableProps<TeamRow>['columns'] = [
    { key: 'team', title: t('admin.calendars.teams.col.team'), dataIndex: 'name' },
    {
      key: 'calendar',
      title: t('admin.calendars.teams.col.calendar'),
      width: 320,
      render: (_, team) => (
        <Select<string>
          style={{ width: '100%' }}
          value={assignedCalendarId(calendars, team.id) ?? ''}
          aria-label={`${t('admin.calendars.teams.col.calendar')} ${team.name}`}
          data-testid={`team-calendar-${team.id}`}
          loading={setTeam.isPending}
          onChange={(v) => void assign(team, v === '' ? null : v)}
          options={[
            { value: '', label: t('admin.calendars.teams.useDefault', { name: byDefault?.name ?? '—' }) },
            ...calendars.filter((c) => !c.isDefault).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.calendars.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
          {t('admin.calendars.create')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Card
          variant="borderless"
          className="kesu-card"
          title={t('admin.calendars.table', { count: calendars.length })}
          styles={{ body: { padding: 0 } }}
          extra={
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void refetch()}
              loading={isFetching && !isPending}
              aria-label={t('admin.refresh')}
            />
          }
        >
          <div data-testid="admin-calendars" aria-busy={isFetching}>
            {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
            <Table<CalendarRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={calendars}
              loading={isPending}
              pagination={false}
            />
          </div>
        </Card>
        <Card
          variant="borderless"
          className="kesu-card"
          title={t('admin.calendars.years.title')}
          extra={
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="holiday-import">
              {t('admin.calendars.years.import')}
            </Button>
          }
        >
          {data ? <HolidayYears years={data.holidayYears} /> : null}
        </Card>
        <Card
          variant="borderless"
          className="kesu-card"
          title={t('admin.calendars.teams.title')}
          styles={{ body: { padding: 0 } }}
        >
          <div data-testid="admin-team-calendars">
            <Table<TeamRow>
              rowKey="id"
              size="small"
              columns={teamColumns}
              dataSource={[...teams]}
              loading={isPending}
              pagination={false}
            />
          </div>
        </Card>
      </Flex>
      {target ? <CalendarModal target={target} onClose={() => setTarget(null)} onDone={refresh} /> : null}
      {importing ? <ImportYearModal onClose={() => setImporting(false)} onDone={refresh} /> : null}
    </PageContainer>
  );
}
