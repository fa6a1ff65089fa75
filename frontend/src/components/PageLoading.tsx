import { Skeleton, Spin } from 'antd';

/** Centered spinner filling the viewport (session check, lazy pages). */
export function FullPageSpin({ tip }: { tip?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Spin size="large" tip={tip}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}

/** Placeholder for a page body while its code or first data loads. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-busy="true"
      style={{ padding: 24, background: 'var(--kesu-surface, #fff)', borderRadius: 8 }}
    >
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
