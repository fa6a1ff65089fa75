import type { CSSProperties, ReactNode } from 'react';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { describeError } from '../api/errors';
import { useT } from '../i18n';

/**
 * Shows a failed request as the server described it: each message verbatim,
 * its `extensions.code`, the field path (when several fields failed) and the
 * request id. Never hides or
 * rewrites what the server said; the localised title only names the kind.
 */
export function ErrorAlert({
  error,
  title,
  onRetry,
  style,
}: {
  error: unknown;
  title?: ReactNode;
  onRetry?: () => void;
  style?: CSSProperties;
}) {
  const t = useT();
  const { code, items, requestId } = describeError(error);
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      message={title ?? t(`error.${code}` as const)}
      description={
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          {items.map((item, i) => (
            <div key={i} data-testid="error-item">
              <Typography.Text>{item.message}</Typography.Text>{' '}
              <Tag bordered={false} color="error" style={{ marginInlineStart: 4 }}>
                {t('error.code')}: {item.code}
              </Tag>
              {items.length > 1 && item.path && item.path.length > 0 ? (
                <Typography.Text type="secondary" code>
                  {item.path.join('.')}
                </Typography.Text>
              ) : null}
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
