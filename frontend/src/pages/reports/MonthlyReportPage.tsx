import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Skeleton, Space, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { downloadText } from '../../lib/download';
import { DATE_FORMAT, DISPLAY_TZ, formatDateTime } from '../../lib/time';
import { groupRows, monthRange } from '../dashboard/kpi';
import { KpisDoc } from '../dashboard/kpiQuery';
import { buildMonthlyCsv, monthlyCsvName } from './monthlyCsv';
import { MonthlyReportBody } from './MonthlyReportBody';
import { parseReportMonth } from './report';
import './report.css';

const MajorComplaintsDoc = graphql(`
  query MajorComplaints($filter: ComplaintFilter, $first: Int) {
    complaints(filter: $filter, first: $first, orderBy: OLDEST) {
      totalCount
      nodes {
        id
        number
        title
        status
        createdAt
      }
    }
  }
`);

const GROUPS = ['DAY', 'CATEGORY', 'CHANNEL'] as const;
/** The most the API returns in one page; the report says when there are more. */
const MAJOR_LIMIT = 100;

/**
 * 月度报表 (report.read): one Beijing month's KPIs against their targets,
 * its charts, top categories and major complaints, laid out to print
 * (`@media print` hides the console around it), and the same figures as a
 * CSV built in the browser. The month lives in the URL (`?month=2026-11`).
 */
export default function MonthlyReportPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const month = parseReportMonth(params);
  const range = useMemo(() => monthRange(month), [month]);
  const kpis = useGqlQuery(
    KpisDoc,
    { from: range.from, to: range.to, groupBy: [...GROUPS] },
    { placeholderData: keepPreviousData },
  );
  const major = useGqlQuery(MajorComplaintsDoc, {
    filter: { isMajor: true, createdFrom: range.from, createdTo: range.to },
    first: MAJOR_LIMIT,
  });
  const report = kpis.data?.kpis;
  const lastDay = dayjs(range.to).tz(DISPLAY_TZ).subtract(1, 'day').format(DATE_FORMAT);

  const downloadCsv = () => {
    if (!report) return;
    const csv = buildMonthlyCsv({
      total: report.total,
      categories: groupRows(report.groups, 'CATEGORY'),
      channels: groupRows(report.groups, 'CHANNEL'),
    });
    downloadText(csv, monthlyCsvName(month), 'text/csv;charset=utf-8');
  };

  return (
    <PageContainer
      subTitle={<span className="kesu-no-print">{t('report.subtitle')}</span>}
      extra={
        <Space size={12} wrap className="kesu-no-print">
          <label htmlFor="report-month" className="kesu-inline-label">
            {t('report.month')}
          </label>
          <DatePicker
            id="report-month"
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs().tz(DISPLAY_TZ), 'month')}
            onChange={(d) => {
              if (d) setParams({ month: d.format('YYYY-MM') });
            }}
          />
          <Button icon={<DownloadOutlined />} onClick={downloadCsv} disabled={!report || kpis.isFetching}>
            {t('report.csv')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('report.print')}
          </Button>
        </Space>
      }
    >
      {kpis.error ? <ErrorAlert error={kpis.error} onRetry={() => void kpis.refetch()} /> : null}
      {major.error ? <ErrorAlert error={major.error} onRetry={() => void major.refetch()} /> : null}
      <article
        className="kesu-report kesu-card"
        data-testid="monthly-report"
        data-month={month}
        aria-busy={kpis.isFetching || major.isFetching}
      >
        <header className="kesu-report-header">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('report.title', { month })}
          </Typography.Title>
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">
              {t('report.period', { from: `${month}-01`, to: lastDay })}
            </Typography.Text>
            {kpis.dataUpdatedAt ? (
              <Typography.Text type="secondary">
                {t('report.generatedAt', { time: formatDateTime(new Date(kpis.dataUpdatedAt)) })}
              </Typography.Text>
            ) : null}
          </Flex>
        </header>
        {report ? (
          <MonthlyReportBody report={report} major={major.data?.complaints} />
        ) : kpis.isPending || kpis.isFetching ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : null}
      </article>
    </PageContainer>
  );
}
