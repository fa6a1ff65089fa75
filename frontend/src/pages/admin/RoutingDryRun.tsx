import { useEffect, useMemo } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { CHANNELS, PRIORITIES, channelLabel, priorityLabel } from '../../lib/enums';
import type { AdminCategoryRow } from './categoryModel';
import {
  DRY_RUN_DEFAULTS,
  categoryTreeOptions,
  isValidYuan,
  shapeDryRun,
  toDryRunInput,
  type DryRunFormValues,
  type DryRunView,
} from './routingModel';
import { RouteDryRunQuery } from './routingQueries';

/**
 * 试运行: describe a complaint, see which rule fires, who would get it,
 * and why each rule before it missed. Nothing is written (but the server
 * audits the dry run). A result is dropped when the rules change
 * (`generation`), as it may no longer hold.
 */
export function RoutingDryRun({
  categories,
  generation,
}: {
  categories: readonly AdminCategoryRow[];
  generation: number;
}) {
  const t = useT();
  const [form] = Form.useForm<DryRunFormValues>();
  const run = useGqlMutation(RouteDryRunQuery);
  const { reset } = run;
  useEffect(() => reset(), [generation, reset]);
  const tree = useMemo(() => categoryTreeOptions(categories, `（${t('admin.categories.inactive')}）`), [categories, t]);
  const view = run.data ? shapeDryRun(t, run.data.routeDryRun) : null;
  const onRun = () => {
    form
      .validateFields()
      .then((v) => run.mutate({ input: toDryRunInput(v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      style={{ marginTop: 16 }}
      title={
        <span>
          <ExperimentOutlined /> {t('admin.routing.dry.title')}
        </span>
      }
    >
      <Typography.Paragraph type="secondary">{t('admin.routing.dry.help')}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} lg={11}>
          <Form<DryRunFormValues>
            form={form}
            layout="vertical"
            name="routing-dry"
            initialValues={DRY_RUN_DEFAULTS}
            onFinish={onRun}
            data-testid="routing-dry-form"
          >
            <Form.Item
              name="categoryId"
              label={t('admin.routing.dry.category')}
              rules={[{ required: true, message: t('admin.routing.dry.required.category') }]}
            >
              <TreeSelect
                treeData={tree}
                showSearch
                treeNodeFilterProp="title"
                placeholder={t('admin.routing.dry.category')}
              />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="channel" label={t('admin.routing.dry.channel')}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="priority" label={t('admin.routing.dry.priority')}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="productModel" label={t('admin.routing.dry.productModel')}>
                  <Input className="kesu-mono" maxLength={100} allowClear />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="amountYuan"
                  label={t('admin.routing.dry.amount')}
                  rules={[
                    {
                      validator: (_, v) =>
                        isValidYuan(v)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('admin.routing.form.amountInvalid'))),
                    },
                  ]}
                >
                  <InputNumber min={0} step={100} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12} align="bottom">
              <Col span={12}>
                <Form.Item name="earlierComplaints" label={t('admin.routing.dry.earlier')}>
                  <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="isMajor" valuePropName="checked">
                  <Checkbox>{t('admin.routing.dry.major')}</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            <Button
              type="primary"
              htmlType="submit"
              icon={<ExperimentOutlined />}
              loading={run.isPending}
              data-testid="routing-dry-run"
            >
              {t('admin.routing.dry.run')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={13}>
          {run.error ? <ErrorAlert error={run.error} style={{ marginBottom: 16 }} /> : null}
          {view ? (
            <DryRunResult view={view} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.routing.dry.empty')} />
          )}
        </Col>
      </Row>
    </Card>
  );
}

function DryRunResult({ view }: { view: DryRunView }) {
  const t = useT();
  return (
    <div data-testid="routing-dry-result" data-fired={view.fired}>
      <Descriptions
        bordered
        size="small"
        column={1}
        title={t('admin.routing.dry.result')}
        items={[
          {
            key: 'rule',
            label: t('admin.routing.dry.rule'),
            children: view.fired ? (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong data-testid="routing-dry-rule">
                  {view.rule}
                </Typography.Text>
                {view.position !== null ? (
                  <Tag bordered={false}>{t('admin.routing.dry.position', { position: view.position })}</Tag>
                ) : null}
              </Flex>
            ) : (
              <Typography.Text type="warning" data-testid="routing-dry-rule">
                {view.rule}
              </Typography.Text>
            ),
          },
          {
            key: 'team',
            label: t('admin.routing.dry.team'),
            children: <span data-testid="routing-dry-team">{view.team}</span>,
          },
          {
            key: 'assignee',
            label: t('admin.routing.dry.assignee'),
            children: (
              <Flex gap={8} align="center" wrap data-testid="routing-dry-assignee">
                <span>{view.assignee}</span>
                {view.insteadOf ? (
                  <Tag color="orange" bordered={false}>
                    {view.insteadOf}
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'summary',
            label: t('admin.routing.dry.summary'),
            children: <span data-testid="routing-dry-summary">{view.summary}</span>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('admin.routing.dry.tried')}
      </Typography.Title>
      {view.tried.length === 0 ? (
        <Typography.Text type="secondary">{t('admin.routing.dry.triedNone')}</Typography.Text>
      ) : (
        <ol className="kesu-routing-tried" data-testid="routing-dry-tried">
          {view.tried.map((x) => (
            <li key={x.ruleId} data-testid="routing-dry-tried-item">
              <Typography.Text>{x.ruleName}</Typography.Text>{' '}
              {x.missLabels.map((m, i) => (
                <Tag key={x.misses[i]} color="default" bordered={false} style={{ marginInlineEnd: 4 }}>
                  {m}
                </Tag>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
