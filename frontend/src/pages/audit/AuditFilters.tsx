import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { DATE_FORMAT } from '../../lib/time';
import { AUDIT_ACTION_GROUPS, KNOWN_AUDIT_ACTIONS } from './auditActions';
import { useAuditLabels } from './labels';
import { EMPTY_AUDIT_STATE, OUTCOMES, PHONE_RE, TARGET_TYPES, type AuditState, type Outcome } from './auditState';

interface FormValues {
  actorName?: string;
  action?: string;
  outcome?: Outcome;
  customerId?: string;
  customerPhone?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const COL = { xs: 24, md: 12, xl: 8 } as const;

/**
 * The audit filter form (Ant Design Pro query filter): fill in, then 查询;
 * 重置 clears every filter. The parent re-mounts it when the URL changes.
 */
export function AuditFilters({ state, onApply }: { state: AuditState; onApply: (s: AuditState) => void }) {
  const { t, locale } = useI18n();
  const labels = useAuditLabels();
  const [form] = Form.useForm<FormValues>();

  const initialValues: FormValues = {
    actorName: state.actorName || undefined,
    action: state.action || undefined,
    outcome: state.outcome ?? undefined,
    customerId: state.customerId || undefined,
    customerPhone: state.customerPhone || undefined,
    targetType: state.targetType || undefined,
    targetId: state.targetId || undefined,
    range: [state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null],
  };

  const onFinish = (v: FormValues) => {
    onApply({
      actorName: (v.actorName ?? '').trim(),
      action: v.action ?? '',
      outcome: v.outcome ?? null,
      customerId: (v.customerId ?? '').trim(),
      customerPhone: (v.customerPhone ?? '').trim(),
      targetType: v.targetType ?? '',
      targetId: (v.targetId ?? '').trim(),
      from: v.range?.[0] ? v.range[0].format(DATE_FORMAT) : null,
      to: v.range?.[1] ? v.range[1].format(DATE_FORMAT) : null,
    });
  };

  // an action from the URL the console has no name for stays selectable
  const extra = state.action && !KNOWN_AUDIT_ACTIONS.includes(state.action) ? [state.action] : [];
  const actionOptions = [
    ...AUDIT_ACTION_GROUPS.map((g) => ({
      label: t(`audit.group.${g.key}`),
      title: t(`audit.group.${g.key}`),
      options: g.actions.map((a) => ({ value: a, label: `${labels.action(a)}（${a}）` })),
    })),
    ...(extra.length
      ? [
          {
            label: t('audit.group.other'),
            title: t('audit.group.other'),
            options: extra.map((a) => ({ value: a, label: a })),
          },
        ]
      : []),
  ];

  return (
    <Form<FormValues>
      form={form}
      name="audit-filter"
      layout="horizontal"
      labelCol={{ flex: locale === 'zh-CN' ? '72px' : '96px' }}
      colon={false}
      className="kesu-query-filter"
      role="search"
      initialValues={initialValues}
      onFinish={onFinish}
    >
      <Row gutter={[16, 12]}>
        <Col {...COL}>
          <Form.Item name="action" label={t('audit.filter.action')} style={{ marginBottom: 0 }}>
            <Select
              id="audit-action"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('audit.filter.any')}
              options={actionOptions}
              popupMatchSelectWidth={320}
            />
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item name="outcome" label={t('audit.filter.outcome')} style={{ marginBottom: 0 }}>
            <Select
              id="audit-outcome"
              allowClear
              placeholder={t('audit.filter.any')}
              options={OUTCOMES.map((o) => ({ value: o, label: labels.outcome(o) }))}
            />
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item
            name="actorName"
            label={t('audit.filter.actor')}
            tooltip={t('audit.filter.actorHelp')}
            style={{ marginBottom: 0 }}
          >
            <Input id="audit-actor" allowClear placeholder={t('audit.filter.actorPh')} maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item
            name="customerId"
            label={t('audit.filter.customer')}
            rules={[{ pattern: /^\d*$/, message: t('audit.filter.customerInvalid') }]}
            style={{ marginBottom: 0 }}
          >
            <Input
              id="audit-customer"
              allowClear
              placeholder={t('audit.filter.customerPh')}
              inputMode="numeric"
              maxLength={19}
            />
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item
            name="customerPhone"
            label={t('audit.filter.phone')}
            tooltip={t('audit.filter.phoneHelp')}
            rules={[{ pattern: PHONE_RE, message: t('audit.filter.phoneInvalid') }]}
            style={{ marginBottom: 0 }}
          >
            <Input
              id="audit-phone"
              allowClear
              placeholder={t('audit.filter.phonePh')}
              inputMode="tel"
              maxLength={30}
            />
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item label={t('audit.filter.target')} style={{ marginBottom: 0 }} htmlFor="audit-target-type">
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="targetType" noStyle>
                <Select
                  id="audit-target-type"
                  allowClear
                  placeholder={t('audit.filter.targetType')}
                  style={{ width: '46%' }}
                  aria-label={t('audit.filter.targetType')}
                  options={TARGET_TYPES.map((v) => ({ value: v, label: labels.targetType(v) }))}
                />
              </Form.Item>
              <Form.Item name="targetId" noStyle>
                <Input
                  id="audit-target-id"
                  allowClear
                  placeholder={t('audit.filter.targetId')}
                  aria-label={t('audit.filter.targetId')}
                  style={{ width: '54%' }}
                  maxLength={100}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col {...COL}>
          <Form.Item name="range" label={t('audit.filter.time')} style={{ marginBottom: 0 }} htmlFor="audit-from">
            <DatePicker.RangePicker
              id={{ start: 'audit-from', end: 'audit-to' }}
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
              placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
            />
          </Form.Item>
        </Col>
        <Col span={24} style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Space>
            <Button
              onClick={() => {
                form.resetFields();
                onApply(EMPTY_AUDIT_STATE);
              }}
            >
              {t('common.reset')}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('common.search')}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
