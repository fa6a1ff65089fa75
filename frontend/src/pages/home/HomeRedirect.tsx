import { Navigate } from 'react-router-dom';
import { Result } from 'antd';
import { useMe } from '../../auth';
import { useT } from '../../i18n';
import { useRoleLabel } from '../../data/roles';
import { landingRoute } from '../../navigation';
import { useAppRoutes } from '../../routesContext';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** `/` opens the first menu page the user may use. */
export default function HomeRedirect() {
  const me = useMe();
  const t = useT();
  const target = landingRoute(useAppRoutes(), me.permissions);
  const labelRole = useRoleLabel(me.user.roles);
  useDocumentTitle(target ? undefined : t('auth.noPages.title'));
  if (target) return <Navigate to={target.path} replace />;
  const roles = me.user.roles.map(labelRole).join('、');
  return <Result status="info" title={t('auth.noPages.title')} subTitle={t('auth.noPages.desc', { roles })} />;
}
