import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Image, List, Typography, Upload } from 'antd';
import { FileOutlined, FilePdfOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { gqlUpload } from '../../api/client';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { UploadAttachmentMutation } from './queries';
import { fileKind, formatBytes } from './timeline';

type AttachmentRow = ComplaintDetailQuery['complaint']['attachments'][number];

/** The file types the server accepts (it checks the content, not this list). */
const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp,application/pdf,.jpg,.jpeg,.png,.gif,.webp,.pdf';

/**
 * Evidence files: images as thumbnails from their inline route
 * (`inlineUrl`, `/attachments/{id}/inline`; click to enlarge, audited once
 * per complaint view), every file downloadable by its name through
 * `/attachments/{id}` (each download audited); PDFs open in a new tab. Uploading sends a GraphQL multipart request; the server's
 * size/type refusals are shown as it words them.
 */
export function Attachments({
  complaintId,
  attachments,
  onUploaded,
}: {
  complaintId: string;
  attachments: readonly AttachmentRow[];
  onUploaded: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const { uploadAttachment } = await gqlUpload(
        UploadAttachmentMutation,
        { input: { complaintId, file } },
        { 'variables.input.file': file },
      );
      void message.success(t('detail.attachments.uploaded', { name: uploadAttachment.filename }));
      onUploaded();
    } catch (err) {
      setError(err);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      variant="borderless"
      className="kesu-card"
      title={
        <span>
          <PaperClipOutlined /> {t('detail.attachments.title')}{' '}
          <Typography.Text type="secondary">({attachments.length})</Typography.Text>
        </span>
      }
      extra={
        <Can permission="complaint.attach">
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              void upload(file);
              return false; // we send it ourselves
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid="attachment-upload">
              {t('detail.attachments.upload')}
            </Button>
          </Upload>
        </Can>
      }
    >
      {error ? <ErrorAlert error={error} title={t('detail.attachments.failed')} style={{ marginBottom: 12 }} /> : null}
      {attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.attachments.empty')} />
      ) : (
        <Image.PreviewGroup>
          <List
            size="small"
            dataSource={attachments as AttachmentRow[]}
            rowKey="id"
            renderItem={(a) => {
              const kind = fileKind(a.contentType);
              return (
                <List.Item data-testid="attachment" style={{ paddingInline: 0 }}>
                  <Flex gap={12} align="center" style={{ width: '100%', minWidth: 0 }}>
                    {a.inlineUrl ? (
                      <Image
                        src={a.inlineUrl}
                        alt={a.filename}
                        width={56}
                        height={56}
                        className="kesu-attachment-thumb"
                        style={{ objectFit: 'cover' }}
                        data-testid="attachment-thumb"
                        preview={{ mask: t('detail.attachments.enlarge') }}
                      />
                    ) : (
                      <span className="kesu-attachment-icon" aria-hidden="true">
                        {kind === 'pdf' ? <FilePdfOutlined style={{ color: '#cf1322' }} /> : <FileOutlined />}
                      </span>
                    )}
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <a
                        href={a.url}
                        target="_blank"
                        rel="noopener"
                        className="kesu-ellipsis"
                        title={a.filename}
                        data-testid="attachment-link"
                      >
                        {a.filename}
                      </a>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {a.contentType} · {formatBytes(a.sizeBytes)} · {a.uploadedBy?.displayName ?? '—'} ·{' '}
                          <TimeText value={a.createdAt} />
                        </Typography.Text>
                      </div>
                    </div>
                  </Flex>
                </List.Item>
              );
            }}
          />
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
