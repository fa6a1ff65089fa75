import { useState } from 'react';
import { App, Button, DatePicker, Flex, Input, Radio, Typography } from 'antd';
import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useGqlMutation } from '../../api/hooks';
import { usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Visibility } from '../../gql/graphql';
import { useT } from '../../i18n';
import { DATE_TIME_FORMAT } from '../../lib/time';
import { isFuturePromise, toNoteInput } from './note';
import { AddNoteMutation } from './queries';

/**
 * A note on the timeline: internal (内部, never shown to the customer) by
 * default. Those holding `complaint.note.customer` may instead write a
 * progress note the customer sees (客户可见), optionally promising when the
 * next reply comes; it appears in the customer view.
 */
export function NoteBox({ complaintId, onAdded }: { complaintId: string; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const canWriteToCustomer = usePermission('complaint.note.customer');
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('INTERNAL');
  const [promised, setPromised] = useState<Dayjs | null>(null);
  const toCustomer = canWriteToCustomer && visibility === 'CUSTOMER';
  const promisedReplyAt = toCustomer && promised?.isValid() ? promised.toISOString() : null;
  const promiseOk = isFuturePromise(promisedReplyAt, new Date());
  const add = useGqlMutation(AddNoteMutation, {
    onSuccess: () => {
      setBody('');
      setPromised(null);
      void message.success(toCustomer ? t('detail.note.addedCustomer') : t('detail.note.added'));
      onAdded();
    },
  });
  const submit = () => {
    if (!body.trim() || add.isPending || !promiseOk) return;
    add.mutate({ input: toNoteInput(complaintId, { body, visibility, promisedReplyAt }, canWriteToCustomer) });
  };
  return (
    <div
      style={{ marginTop: 8, paddingTop: 16, borderTop: '1px solid rgba(5,5,5,0.06)' }}
      data-testid="note-box"
      data-visibility={toCustomer ? 'CUSTOMER' : 'INTERNAL'}
    >
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 6 }}>
        <label htmlFor="detail-note" style={{ fontWeight: 500 }}>
          {toCustomer ? <EyeOutlined /> : <LockOutlined />}{' '}
          {toCustomer ? t('detail.note.labelCustomer') : t('detail.note.label')}
        </label>
        {canWriteToCustomer ? (
          <Radio.Group
            size="small"
            optionType="button"
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
            aria-label={t('detail.note.visibility')}
            data-testid="note-visibility"
            options={[
              { value: 'INTERNAL', label: t('visibility.INTERNAL') },
              { value: 'CUSTOMER', label: t('visibility.CUSTOMER') },
            ]}
          />
        ) : null}
      </Flex>
      {add.error ? <ErrorAlert error={add.error} style={{ marginBottom: 8 }} /> : null}
      <Input.TextArea
        id="detail-note"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={5000}
        placeholder={toCustomer ? t('detail.note.placeholderCustomer') : t('detail.note.placeholder')}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {toCustomer ? (
        <Flex align="center" gap={8} wrap style={{ marginTop: 8 }}>
          <label htmlFor="detail-note-promise">{t('detail.note.promise')}</label>
          <DatePicker
            id="detail-note-promise"
            size="small"
            showTime={{ format: 'HH:mm' }}
            format={DATE_TIME_FORMAT}
            value={promised}
            onChange={(v) => setPromised(v)}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            placeholder={t('detail.note.promise.placeholder')}
            status={promiseOk ? undefined : 'error'}
            data-testid="note-promise"
          />
          {!promiseOk ? <Typography.Text type="danger">{t('detail.note.promise.past')}</Typography.Text> : null}
        </Flex>
      ) : null}
      <Flex justify="space-between" align="center" gap={12} style={{ marginTop: 8 }} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {toCustomer ? t('detail.note.hintCustomer') : t('detail.note.hint')}
        </Typography.Text>
        <Button
          onClick={submit}
          loading={add.isPending}
          disabled={!body.trim() || !promiseOk}
          type={toCustomer ? 'primary' : 'default'}
          data-testid="note-submit"
        >
          {toCustomer ? t('detail.note.submitCustomer') : t('detail.note.submit')}
        </Button>
      </Flex>
    </div>
  );
}
