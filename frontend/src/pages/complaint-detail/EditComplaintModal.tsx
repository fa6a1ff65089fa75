import { useMemo } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Space, Switch, TreeSelect, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { isStaleVersion } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buildCategoryTree, useCategories } from '../../data/categories';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { PRIORITIES, priorityLabel } from '../../lib/enums';
import { buildUpdateInput, editValuesOf, type EditValues } from './editComplaint';
import { UpdateComplaintMutation } from './queries';

type Complaint = ComplaintDetailQuery['complaint'];

/**
 * 编辑投诉 (complaint.update): category, priority, title, description and
 * product fields, sent with the version the user saw. When someone changed
 * the complaint meanwhile (STALE_VERSION) it offers to reload; what was
 * typed stays.
 */
export function EditComplaintModal({
  complaint,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  complaint: Complaint;
  onClose: () => void;
  onDone: (version: number) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<EditValues>();
  const categories = useCategories();
  const treeData = useMemo(() => buildCategoryTree(categories.data?.categories ?? []), [categories.data]);
  const initialValues = useMemo(() => editValuesOf(complaint), [complaint.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useGqlMutation(UpdateComplaintMutation, {
    onSuccess: (data) => onDone(data.updateComplaint.version),
  });
  const stale = isStaleVersion(save.error);

  const onFinish = (values: EditValues) => {
    const input = buildUpdateInput(complaint, values);
    if (input) save.mutate({ input });
    else onClose();
  };

  return (
    <Modal
      open
      title={t('detail.edit.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={640}
      footer={
        <Space>
          <Button onClick={onClose}>{t('detail.common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={stale}
            onClick={() => form.submit()}
            data-testid="edit-submit"
          >
            {t('detail.edit.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('detail.edit.desc', { version: complaint.version })}
      </Typography.Paragraph>
      {save.error ? (
        stale ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="conflict-alert"
            message={t('detail.conflict.title')}
            description={t('detail.conflict.desc')}
            action={
              <Button
                size="small"
                type="primary"
                icon={<ReloadOutlined />}
                loading={reloading}
                onClick={() => void onReload().then(() => save.reset())}
              >
                {t('detail.edit.reload')}
              </Button>
            }
          />
        ) : (
          <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />
        )
      ) : null}
      <Form<EditValues>
        form={form}
        layout="vertical"
        name="edit-complaint"
        initialValues={initialValues}
        onFinish={onFinish}
      >
        <Form.Item
          name="categoryId"
          label={t('intake.field.category')}
          rules={[{ required: true, message: t('intake.field.category.required') }]}
        >
          <TreeSelect
            showSearch
            treeNodeFilterProp="title"
            treeData={treeData}
            loading={categories.isPending}
            placeholder={t('intake.field.category.placeholder')}
            listHeight={320}
          />
        </Form.Item>
        {categories.error ? <ErrorAlert error={categories.error} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="priority" label={t('intake.field.priority')}>
          <Radio.Group
            optionType="button"
            options={PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('intake.field.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('detail.field.required', { field: t('intake.field.title') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('intake.field.description')}
          rules={[{ required: true, whitespace: true, message: t('intake.field.description.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Space wrap size={16} style={{ width: '100%' }}>
          <Form.Item name="productModel" label={t('intake.field.productModel')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="productBatch" label={t('intake.field.productBatch')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="orderNumber" label={t('intake.field.orderNumber')}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item
          name="isMajor"
          label={t('intake.field.isMajor')}
          valuePropName="checked"
          extra={t('intake.field.isMajor.extra')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
