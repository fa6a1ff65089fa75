import { App, Col, Form, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PRIORITIES, priorityLabel } from '../../lib/enums';
import { TARGET_UNITS, targetUnitLabel } from '../../lib/sla';
import {
  TARGET_FIELDS,
  categoryName,
  isValidTargetValue,
  policyScope,
  toFormValues,
  toSaveInput,
  type CategoryName,
  type PolicyFormValues,
  type PolicyRow,
} from './slaPolicyModel';
import { SaveSlaPolicyMutation } from './slaQueries';

/**
 * Creating a policy for a category × priority pair, or editing one's five
 * targets (value and unit each). The version read is sent back: a policy
 * changed meanwhile is refused with STALE_VERSION, a pair that already has
 * a policy with ALREADY_EXISTS; both are shown by reason.
 */
export function SlaPolicyModal({
  policy,
  categories,
  onClose,
  onDone,
}: {
  /** null: a new policy. */
  policy: PolicyRow | null;
  categories: readonly (CategoryName & { active?: boolean })[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyFormValues>();
  const save = useGqlMutation(SaveSlaPolicyMutation, {
    onSuccess: () => {
      void message.success(policy ? t('admin.sla.updated') : t('admin.sla.created'));
      onDone();
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => save.mutate({ input: toSaveInput(policy, v) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  const scope = policy ? policyScope(t, policy, categories) : null;
  return (
    <Modal
      open
      width={640}
      title={scope ? t('admin.sla.editTitle', { scope: t('admin.sla.scope', scope) }) : t('admin.sla.create')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'sla-policy-save' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      <Form<PolicyFormValues>
        form={form}
        layout="vertical"
        name="sla-policy"
        preserve={false}
        initialValues={toFormValues(policy)}
      >
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="categoryId" label={t('admin.sla.col.category')} extra={t('admin.sla.keyHelp')}>
              <Select
                allowClear
                showSearch
                disabled={!!policy}
                optionFilterProp="label"
                placeholder={t('admin.sla.any')}
                options={categories
                  .filter((c) => c.active !== false)
                  .map((c) => ({ value: c.id, label: categoryName(categories, c.id) }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="priority" label={t('admin.sla.col.priority')}>
              <Select
                allowClear
                disabled={!!policy}
                placeholder={t('admin.sla.any')}
                options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('admin.sla.targets')}</Typography.Text>
        {TARGET_FIELDS.map((f) => (
          <Form.Item key={f} label={t(`admin.sla.col.${f}` as const)} style={{ marginTop: 8, marginBottom: 8 }}>
            <Space.Compact>
              <Form.Item
                name={[f, 'value']}
                noStyle
                rules={[
                  {
                    validator: (_, v) =>
                      isValidTargetValue(v) ? Promise.resolve() : Promise.reject(new Error(t('admin.sla.value.required'))),
                  },
                ]}
              >
                {/* no min/max: an out-of-range value stays visible and the validator says why */}
                <InputNumber
                  id={`sla-${f}-value`}
                  precision={0}
                  style={{ width: 120 }}
                  aria-label={t(`admin.sla.col.${f}` as const)}
                />
              </Form.Item>
              <Form.Item name={[f, 'unit']} noStyle>
                <Select
                  id={`sla-${f}-unit`}
                  style={{ width: 140 }}
                  options={TARGET_UNITS.map((u) => ({ value: u, label: targetUnitLabel(t, u) }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
