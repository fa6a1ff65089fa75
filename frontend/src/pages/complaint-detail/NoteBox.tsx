import { useState } from 'react';
import { App, Button, Flex, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { AddNoteMutation } from './queries';

/**
 * An internal note on the timeline. The API only has internal notes
 * (`addComplaintNote` is never shown to the customer); what the customer is
 * told goes through 「办结并答复客户」.
 */
export function NoteBox({ complaintId, onAdded }: { complaintId: string; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [body, setBody] = useState('');
  const add = useGqlMutation(AddNoteMutation, {
    onSuccess: () => {
      setBody('');
      void message.success(t('detail.note.added'));
      onAdded();
    },
  });
  const submit = () => {
    if (body.trim() && !add.isPending) add.mutate({ input: { id: complaintId, body: body.trim() } });
  };
  return (
    <div style={{ marginTop: 8, paddingTop: 16, borderTop: '1px solid rgba(5,5,5,0.06)' }}>
      <label htmlFor="detail-note" style={{ display: 'block', marginBottom: 6, fontWeight: 500 }}>
        <LockOutlined /> {t('detail.note.label')}
      </label>
      {add.error ? <ErrorAlert error={add.error} style={{ marginBottom: 8 }} /> : null}
      <Input.TextArea
        id="detail-note"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={5000}
        placeholder={t('detail.note.placeholder')}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <Flex justify="space-between" align="center" gap={12} style={{ marginTop: 8 }} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('detail.note.hint')}
        </Typography.Text>
        <Button onClick={submit} loading={add.isPending} disabled={!body.trim()} data-testid="note-submit">
          {t('detail.note.submit')}
        </Button>
      </Flex>
    </div>
  );
}
