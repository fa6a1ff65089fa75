import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { Highlighted, KbStatusTag } from './KbBits';

describe('<Highlighted>', () => {
  it('wraps exactly the highlighted ranges in <mark>', () => {
    const { container } = render(
      <Highlighted
        text="插上原装充电线后没有反应，屏幕不显示充电图标"
        ranges={[
          { start: 4, end: 6 },
          { start: 18, end: 20 },
        ]}
      />,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['充电', '充电']);
    expect(screen.getByTestId('kb-snippet')).toHaveTextContent('插上原装充电线后没有反应，屏幕不显示充电图标');
  });
});

describe('<KbStatusTag>', () => {
  it('names the workflow status, and shows an unknown one as it is', () => {
    render(
      <I18nProvider initialLocale="zh-CN">
        <KbStatusTag status="in_review" />
        <KbStatusTag status="retired" />
      </I18nProvider>,
    );
    expect(screen.getByText('审核中')).toHaveAttribute('data-kb-status', 'in_review');
    expect(screen.getByText('retired')).toBeInTheDocument();
  });
});
