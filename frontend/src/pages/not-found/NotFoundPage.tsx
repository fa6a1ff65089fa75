import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { paths } from '../../paths';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** Shown inside the shell for any path the registry does not know. */
export default function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.desc')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
