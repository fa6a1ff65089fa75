import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type { AdminMajorCriteriaQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { CHANNELS, channelLabel } from '../../lib/enums';
import {
  isDefaultCriteria,
  toCriteriaFormValues,
  toCriteriaInput,
  type MajorCriteriaFormValues,
} from './majorCriteriaModel';
import { MajorCriteriaQuery, UpdateMajorCriteriaMutation } from './majorQueries';
import './admin.css';

type Criteria = AdminMajorCriteriaQuery['majorCriteria'];

/**
 * 重大投诉认定标准 (major.manage): the criteria that make a complaint major —
 * an amount, channels, a repeat about the same issue, many complaints about
 * one announcement — edited in one form and saved with the version read
 * (a change by someone else meanwhile is refused with STALE_VERSION).
 */
export default function MajorCriteriaPage() {
  const t = useT();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(MajorCriteriaQuery, {});
  const criteria = data?.majorCriteria;

  return (
    <PageContainer subTitle={t('admin.major.subtitle')}>
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.major.card')}
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
        <div data-testid="major-criteria" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ marginBottom: 16 }} /> : null}
          {criteria ? (
            // a fresh form for each version read: saved or reloaded values replace what was typed
            <CriteriaForm key={criteria.version} criteria={criteria} />
          ) : isPending ? (
            <Typography.Text type="secondary">…</Typography.Text>
          ) : null}
        </div>
      </Card>
    </PageContainer>
  );
}

function CriteriaStatus({ criteria }: { criteria: Criteria }) {
  const t = useT();
  if (isDefaultCriteria(criteria)) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="major-criteria-status"
        data-default="true"
        message={t('admin.major.default')}
        description={t('admin.major.default.desc')}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="major-criteria-status"
      data-default="false"
      message={
        <Space size={8} wrap>
          <span>{t('admin.major.lastChanged', { name: criteria.updatedBy?.displayName ?? t('admin.major.someone') })}</span>
          <TimeText value={criteria.updatedAt} />
          <Typography.Text type="secondary">{t('admin.major.version', { version: criteria.version })}</Typography.Text>
        </Space>
      }
    />
  );
}

function CriteriaForm({ criteria }: { criteria: Criteria }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MajorCriteriaFormValues>();
  const save = useGqlMutation(UpdateMajorCriteriaMutation, {
    onSuccess: (res) => {
      void message.success(t('admin.major.saved'));
      queryClient.setQueryData<AdminMajorCriteriaQuery>(gqlKey('AdminMajorCriteria', {}), {
        majorCriteria: res.updateMajorCriteria,
      });
    },
  });
  const notNegative = {
    validator: (_: unknown, v: unknown) =>
      typeof v === 'number' && v < 0 ? Promise.reject(new Error(t('admin.major.negative'))) : Promise.resolve(),
  };

  return (
    <>
      <CriteriaStatus criteria={criteria} />
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      <Form<MajorCriteriaFormValues>
        form={form}
        layout="vertical"
        name="major-criteria"
        style={{ maxWidth: 560 }}
        initialValues={toCriteriaFormValues(criteria)}
        onFinish={(v) => save.mutate({ input: toCriteriaInput(v, criteria.version) })}
      >
        <Form.Item
          name="amountOverYuan"
          label={t('admin.major.amountOver')}
          extra={t('admin.major.amountOver.extra')}
          rules={[notNegative]}
        >
          <InputNumber<number>
            precision={2}
            max={100_000_000}
            style={{ width: 220 }}
            suffix={t('intake.unit.yuan')}
            placeholder={t('admin.major.off')}
          />
        </Form.Item>
        <Form.Item name="channels" label={t('admin.major.channels')} extra={t('admin.major.channels.extra')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('admin.major.channels.none')}
            options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
          />
        </Form.Item>
        <Form.Item
          name="repeatSameIssue"
          label={t('admin.major.repeat')}
          extra={t('admin.major.repeat.extra')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="announcementCountOver"
          label={t('admin.major.announcementOver')}
          extra={t('admin.major.announcementOver.extra')}
          rules={[notNegative]}
        >
          <InputNumber<number>
            precision={0}
            max={1_000_000}
            style={{ width: 220 }}
            suffix={t('admin.major.unit.count')}
            placeholder={t('admin.major.off')}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="major-criteria-save">
            {t('admin.save')}
          </Button>
          <Button onClick={() => form.resetFields()} disabled={save.isPending}>
            {t('admin.major.reset')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
