import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, TreeSelect } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buildCategoryTree, useCategories } from '../../data/categories';
import { useT } from '../../i18n';
import { toAnnouncementInput, toFormValues, toUpdateInput, type AnnouncementFormValues } from './announcementState';
import { CreateAnnouncementDoc, UpdateAnnouncementDoc, type AnnouncementRow } from './queries';

/** Publishing a new announcement, or editing `editing` (sent with the version it was read at). */
export function AnnouncementModal({ editing, onClose }: { editing: AnnouncementRow | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<AnnouncementFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const categories = useCategories();
  const tree = useMemo(() => buildCategoryTree(categories.data?.categories ?? []), [categories.data]);
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('Announcements') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('IntakeAnnouncements') });
    form.resetFields();
    onClose();
  };
  const create = useGqlMutation(CreateAnnouncementDoc, {
    onSuccess: (d) => {
      void message.success(t('announcements.created', { title: d.createAnnouncement.title }));
      done();
    },
  });
  const update = useGqlMutation(UpdateAnnouncementDoc, {
    onSuccess: (d) => {
      void message.success(t('announcements.updated', { title: d.updateAnnouncement.title }));
      done();
    },
  });
  const error = editing ? update.error : create.error;

  const onOk = () => {
    form
      .validateFields()
      .then((v) =>
        editing
          ? update.mutate({ input: toUpdateInput(editing.id, editing.version, v) })
          : create.mutate({ input: toAnnouncementInput(v) }),
      )
      .catch(() => undefined); // field errors are shown next to the fields
  };

  return (
    <Modal
      open
      title={editing ? t('announcements.edit') : t('announcements.create')}
      okText={editing ? t('announcements.save') : t('announcements.publish')}
      cancelText={t('announcements.cancel')}
      onOk={onOk}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'announcement-save' }}
    >
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      <Form<AnnouncementFormValues>
        form={form}
        layout="vertical"
        name="announcement"
        preserve={false}
        initialValues={editing ? toFormValues(editing) : undefined}
      >
        <Form.Item
          name="title"
          label={t('announcements.field.title')}
          rules={[{ required: true, whitespace: true, message: t('announcements.required.title') }]}
        >
          <Input maxLength={200} placeholder={t('announcements.ph.title')} />
        </Form.Item>
        <Form.Item
          name="explanation"
          label={t('announcements.explanation')}
          extra={t('announcements.help.explanation')}
          rules={[{ required: true, whitespace: true, message: t('announcements.required.explanation') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={5000}
            showCount
            placeholder={t('announcements.ph.explanation')}
          />
        </Form.Item>
        <Form.Item name="categoryId" label={t('announcements.field.category')}>
          <TreeSelect
            treeData={tree}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t('announcements.ph.category')}
            loading={categories.isPending}
          />
        </Form.Item>
        <Form.Item name="window" label={t('announcements.window')} extra={t('announcements.help.window')}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
            placeholder={[t('announcements.ph.from'), t('announcements.ph.until')]}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
