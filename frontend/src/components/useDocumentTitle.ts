import { useEffect } from 'react';
import { useT } from '../i18n';

/** Sets the browser tab's title to `<title> - 客诉 Kesu`. */
export function useDocumentTitle(title: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} - ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
