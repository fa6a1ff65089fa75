import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Modal, Result, Typography } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import type { ExportAuditLogsMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { downloadText } from '../../lib/download';
import { paths } from '../../paths';
import { useAuditLabels } from './labels';
import { toAuditFilter, toAuditParams, EMPTY_AUDIT_STATE, type AuditState } from './auditState';

const ExportAuditLogsDoc = graphql(`
  mutation ExportAuditLogs($input: ExportAuditLogsInput!) {
    exportAuditLogs(input: $input) {
      filename
      contentType
      rowCount
      csv
      auditId
    }
  }
`);

type ExportResult = ExportAuditLogsMutation['exportAuditLogs'];

/**
 * CSV export of the records matching the current filters (audit.export).
 * The reason is required and kept in the export's own audit record.
 */
export function ExportModal({ open, state, onClose }: { open: boolean; state: AuditState; onClose: () => void }) {
  const { t, locale } = useI18n();
  const labels = useAuditLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [done, setDone] = useState<ExportResult | null>(null);
  const exportLogs = useGqlMutation(ExportAuditLogsDoc, {
    onSuccess: (d) => {
      const e = d.exportAuditLogs;
      downloadText(e.csv, e.filename, e.contentType);
      setDone(e);
      // the export is itself a new audit record
      void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
    },
  });

  const close = () => {
    setDone(null);
    exportLogs.reset();
    form.resetFields();
    onClose();
  };

  const onOk = () => {
    form
      .validateFields()
      .then(({ reason }) => exportLogs.mutate({ input: { filter: toAuditFilter(state), reason: reason.trim(), language: locale === 'en-US' ? 'EN_US' : 'ZH_CN' } }))
      .catch(() => undefined); // the missing reason is shown under the field
  };

  const summary = [
    state.action && {
      key: 'action',
      label: t('audit.filter.action'),
      children: `${labels.action(state.action)} (${state.action})`,
    },
    state.outcome && { key: 'outcome', label: t('audit.filter.outcome'), children: labels.outcome(state.outcome) },
    state.actorName && { key: 'actor', label: t('audit.filter.actor'), children: state.actorName },
    state.customerId && { key: 'customer', label: t('audit.filter.customer'), children: `#${state.customerId}` },
    (state.targetType || state.targetId) && {
      key: 'target',
      label: t('audit.filter.target'),
      children:
        `${state.targetType ? labels.targetType(state.targetType) : ''} ${state.targetId ? `#${state.targetId}` : ''}`.trim(),
    },
    (state.from || state.to) && {
      key: 'time',
      label: t('audit.filter.time'),
      children: `${state.from ?? '…'} ～ ${state.to ?? '…'}`,
    },
  ].filter((x): x is { key: string; label: string; children: string } => Boolean(x));

  const exportRecordLink = `${paths.audit}?${toAuditParams({ ...EMPTY_AUDIT_STATE, action: 'audit.export' }).toString()}`;

  return (
    <Modal
      open={open}
      title={t('audit.export.title')}
      onCancel={close}
      width={560}
      destroyOnHidden
      footer={
        done
          ? [
              <Button key="close" type="primary" onClick={close}>
                {t('audit.export.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('audit.export.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                loading={exportLogs.isPending}
                onClick={onOk}
                data-testid="audit-export-confirm"
              >
                {t('audit.export.confirm')}
              </Button>,
            ]
      }
    >
      {done ? (
        <Result
          status="success"
          title={t('audit.export.done', { count: done.rowCount })}
          subTitle={
            <span data-testid="audit-export-result">
              {t('audit.export.file', { filename: done.filename })}
              <br />
              {t('audit.export.recorded', { id: done.auditId })}
            </span>
          }
          extra={
            <Link to={exportRecordLink} onClick={close}>
              {t('audit.export.viewRecord')}
            </Link>
          }
          style={{ padding: '16px 0' }}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('audit.export.intro')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16 }}
            items={
              summary.length
                ? summary
                : [{ key: 'all', label: t('audit.export.scope'), children: t('audit.export.all') }]
            }
          />
          {exportLogs.error ? <ErrorAlert error={exportLogs.error} style={{ marginBottom: 16 }} /> : null}
          <Form form={form} layout="vertical" name="audit-export" requiredMark>
            <Form.Item
              name="reason"
              label={t('audit.export.reason')}
              rules={[{ required: true, whitespace: true, message: t('audit.export.reasonRequired') }, { max: 500 }]}
            >
              <Input.TextArea
                id="audit-export-reason"
                autoSize={{ minRows: 3, maxRows: 6 }}
                maxLength={500}
                showCount
                placeholder={t('audit.export.reasonPh')}
              />
            </Form.Item>
          </Form>
          <Alert type="info" showIcon message={t('audit.export.notice')} />
        </>
      )}
    </Modal>
  );
}
