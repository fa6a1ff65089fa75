import { Card, Tabs } from 'antd';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { AlertTable } from './AlertTable';
import { RulesTab } from './RulesTab';

/**
 * 预警: the open alerts by colour with their reading against the threshold,
 * acknowledged with a note; a red surge offers to publish the agreed wording
 * (统一口径); cleared alerts; and the rules (editable with `alert.manage`).
 * Lists refetch after each action (a live subscription comes later).
 */
export default function AlertsPage() {
  const t = useT();
  return (
    <PageContainer subTitle={t('alerts.subtitle')}>
      <Card variant="borderless" className="kesu-card">
        <Tabs
          items={[
            {
              key: 'open',
              label: t('alerts.tab.open'),
              children: <AlertTable states={['RAISED', 'ACKNOWLEDGED']} emptyKey="alerts.empty.open" />,
            },
            {
              key: 'history',
              label: t('alerts.tab.history'),
              children: <AlertTable states={['CLEARED']} emptyKey="alerts.empty.history" />,
            },
            { key: 'rules', label: t('alerts.tab.rules'), children: <RulesTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
