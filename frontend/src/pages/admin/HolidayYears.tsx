import { useState } from 'react';
import { App, Button, Empty, Form, Input, Modal, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import type { AdminCalendarsQuery as Data } from '../../gql/graphql';
import { daysInclusive, weekdayOf } from './calendarModel';
import { ImportHolidayYearMutation } from './calendarQueries';

type Year = Data['holidayYears'][number];
type Holiday = Year['holidays'][number];

/** The stored years, one tab each: holidays with their days off and make-up workdays. */
export function HolidayYears({ years }: { years: readonly Year[] }) {
  const t = useT();
  if (years.length === 0) return <Empty description={t('admin.calendars.years.none')} />;
  const latest = years[years.length - 1];
  return (
    <Tabs
      defaultActiveKey={latest ? String(latest.year) : undefined}
      items={years.map((y) => ({
        key: String(y.year),
        label: String(y.year),
        children: <YearTable year={y} />,
      }))}
    />
  );
}

function YearTable({ year }: { year: Year }) {
  const t = useT();
  const day = (d: string) => `${d}（${t(`weekday.${weekdayOf(d)}`)}）`;
  return (
    <div data-testid={`holiday-year-${year.year}`}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('admin.calendars.years.source', { source: year.source })}
      </Typography.Paragraph>
      <Table<Holiday>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={[...year.holidays]}
        columns={[
          { key: 'name', title: t('admin.calendars.years.col.holiday'), dataIndex: 'name', width: 120 },
          {
            key: 'off',
            title: t('admin.calendars.years.col.off'),
            render: (_, h) =>
              t('admin.calendars.years.days', { start: h.start, end: h.end, count: daysInclusive(h.start, h.end) }),
          },
          {
            key: 'makeup',
            title: t('admin.calendars.years.col.makeup'),
            render: (_, h) =>
              h.makeupWorkdays.length === 0 ? (
                <Typography.Text type="secondary">{t('admin.calendars.years.noMakeup')}</Typography.Text>
              ) : (
                <Space size={4} wrap>
                  {h.makeupWorkdays.map((d) => (
                    <Tag key={d} color="orange" bordered={false}>
                      {day(d)}
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </div>
  );
}

/** Paste or choose one year's JSON; refused files are explained by reason. */
export function ImportYearModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ json: string }>();
  const [picked, setPicked] = useState<string | null>(null);
  const run = useGqlMutation(ImportHolidayYearMutation, {
    onSuccess: (d) => {
      const { replaced, year } = d.importHolidayYear;
      void message.success(t(replaced ? 'admin.calendars.years.replaced' : 'admin.calendars.years.imported', year));
      onDone();
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => run.mutate({ input: { json: v.json } }))
      .catch(() => undefined);
  };
  return (
    <Modal
      open
      width={640}
      title={t('admin.calendars.years.importTitle')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.calendars.years.importOk')}
      cancelText={t('admin.cancel')}
      confirmLoading={run.isPending}
      okButtonProps={{ 'data-testid': 'holiday-import-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.calendars.years.importHelp')}</Typography.Paragraph>
      {run.error ? (
        <div data-testid="holiday-import-error">
          <ErrorAlert error={run.error} style={{ marginBottom: 16 }} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" name="holiday-import" preserve={false}>
        <Upload
          accept=".json,application/json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => {
              form.setFieldValue('json', text);
              setPicked(file.name);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} style={{ marginBottom: 12 }}>
            {t('admin.calendars.years.pickFile')}
          </Button>
          {picked ? <Typography.Text style={{ marginLeft: 8 }}>{picked}</Typography.Text> : null}
        </Upload>
        <Form.Item
          name="json"
          rules={[{ required: true, whitespace: true, message: t('admin.calendars.years.required') }]}
        >
          <Input.TextArea
            className="kesu-mono"
            autoSize={{ minRows: 8, maxRows: 16 }}
            placeholder='{ "year": 2027, "source": "…", "holidays": [ … ] }'
            data-testid="holiday-import-json"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
