import type { CSSProperties, ReactNode } from 'react';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { describeError } from '../api/errors';
import { errorItemMessage, errorTitle, type CodeFallbacks, type ReasonWording } from '../api/errorMessage';
import { useT } from '../i18n';

/**
 * Shows a failure in the user's language: a heading for the kind (by code,
 * or by reason for the two kinds of CONFLICT), then one message per error
 * chosen by `extensions.reason` (falling back to the code; see
 * `errorMessage`), its reason or code as a tag, and the request id to quote
 * to support. The server's own English text is never shown.
 */
export function ErrorAlert({
  error,
  title,
  onRetry,
  style,
  fallback,
  reasons,
}: {
  error: unknown;
  title?: ReactNode;
  /** Wording for codes that come without a reason, on this screen. */
  fallback?: CodeFallbacks;
  /** Wording for reasons whose shared message is too general on this screen. */
  reasons?: ReasonWording;
  onRetry?: () => void;
  style?: CSSProperties;
}) {
  const t = useT();
  const { items, requestId } = describeError(error);
  const lines: Array<{ text: string; tag: string }> = [];
  for (const item of items) {
    const text = errorItemMessage(item, t, { fallback, reasons });
    const tag = item.reason ?? item.code;
    if (!lines.some((l) => l.text === text && l.tag === tag)) lines.push({ text, tag });
  }
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      message={title ?? errorTitle(error, t)}
      description={
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          {lines.map((line, i) => (
            <div key={i} data-testid="error-item" data-reason={line.tag}>
              <Typography.Text>{line.text}</Typography.Text>{' '}
              <Tag bordered={false} color="error" style={{ marginInlineStart: 4 }}>
                {t('error.code')}: {line.tag}
              </Tag>
            </div>
          ))}
          {requestId ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('error.requestId')}:{' '}
              <Typography.Text copyable={{ text: requestId }} type="secondary" style={{ fontSize: 12 }}>
                {requestId}
              </Typography.Text>
            </Typography.Text>
          ) : null}
        </Space>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
