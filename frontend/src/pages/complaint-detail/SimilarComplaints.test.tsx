import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { SimilarComplaintList, type SimilarRow } from './SimilarComplaints';

const row = (id: string, semantic: boolean): SimilarRow => ({
  score: 0.5,
  semantic,
  complaint: { id, number: `KS-${id}`, title: `宽带每晚掉线 ${id}`, status: 'ACCEPTED', createdAt: '2026-12-01T08:00:00Z' },
});

function renderList(rows: SimilarRow[]) {
  return render(
    <I18nProvider initialLocale="zh-CN">
      <SimilarComplaintList rows={rows} emptyText="没有相似的投诉" />
    </I18nProvider>,
  );
}

describe('<SimilarComplaintList>', () => {
  it('says when the ranking used meaning as well as words', () => {
    renderList([row('1', true), row('2', true)]);
    expect(screen.getAllByTestId('similar-item')).toHaveLength(2);
    expect(screen.getByTestId('similar-semantic')).toHaveTextContent('按语义与关键词综合排序');
  });

  it('says nothing of it when the server ranks by words alone, or shows nothing', () => {
    const { unmount } = renderList([row('1', false)]);
    expect(screen.queryByTestId('similar-semantic')).toBeNull();
    unmount();
    renderList([]);
    expect(screen.getByText('没有相似的投诉')).toBeInTheDocument();
    expect(screen.queryByTestId('similar-semantic')).toBeNull();
  });
});
