import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from './i18n';
import { PageContainer } from './components/PageContainer';
import { RoutesContext } from './routesContext';
import type { AppRoute } from './navigation';

const ROUTES: AppRoute[] = [
  { path: '/complaints', labelKey: 'nav.complaints', element: null },
  { path: '/complaints/:id', parentPath: '/complaints', labelKey: 'detail.title', element: null },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('routes through context', () => {
  it('PageContainer takes its breadcrumb and title from the provided registry', () => {
    render(
      <I18nProvider initialLocale="zh-CN">
        <RoutesContext.Provider value={ROUTES}>
          <MemoryRouter initialEntries={['/complaints/7']}>
            <PageContainer title="TS-7">body</PageContainer>
          </MemoryRouter>
        </RoutesContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'TS-7' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '我的工单' })).toHaveAttribute('href', '/complaints');
  });

  it('no page, component or layout imports the route table (which imports the pages)', () => {
    const src = resolve(process.cwd(), 'src');
    const offenders = ['pages', 'components', 'layout']
      .flatMap((d) => files(join(src, d)))
      .filter((f) => /from\s+'(\.\.\/)+routes'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
