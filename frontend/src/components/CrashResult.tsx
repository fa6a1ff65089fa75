import { Button, Result } from 'antd';
import { useT } from '../i18n';

/** What a crashed page shows instead of itself. */
export function CrashResult({ error }: { error: Error }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('error.boundary.title')}
      subTitle={`${t('error.boundary.desc')} (${error.message})`}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.boundary.reload')}
        </Button>
      }
    />
  );
}
