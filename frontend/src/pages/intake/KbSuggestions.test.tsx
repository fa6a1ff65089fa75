import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import type { IntakeKbSearchQuery } from '../../gql/graphql';
import { KbSuggestions } from './KbSuggestions';
import type { LiveQueryResult } from './useLiveQuery';

function resultWith(total: number, totalIsExact: boolean): LiveQueryResult<IntakeKbSearchQuery> {
  return {
    data: { kbSearch: { total, totalIsExact, hits: [] } },
    error: null,
    isBusy: false,
  } as unknown as LiveQueryResult<IntakeKbSearchQuery>;
}

function renderPanel(total: number, totalIsExact: boolean) {
  render(
    <I18nProvider initialLocale="zh-CN">
      <KbSuggestions
        result={resultWith(total, totalIsExact)}
        hits={[]}
        active
        chosen={null}
        onChoose={vi.fn()}
        onUndo={vi.fn()}
      />
    </I18nProvider>,
  );
}

describe('KbSuggestions total', () => {
  it('shows an exact count as it is', () => {
    renderPanel(37, true);
    expect(screen.getByText('共 37 条相关')).toBeInTheDocument();
  });

  it('shows a count the server stopped at as a lower bound', () => {
    renderPanel(1000, false);
    expect(screen.getByText('超过 1000 条相关')).toBeInTheDocument();
    expect(screen.queryByText('共 1000 条相关')).not.toBeInTheDocument();
  });
});
