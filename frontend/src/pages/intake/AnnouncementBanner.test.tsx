import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../i18n';
import { AnnouncementBanner, type BannerAnnouncement } from './AnnouncementBanner';

const ANNOUNCEMENTS: BannerAnnouncement[] = [
  { id: '1', title: '华北地区宽带中断', explanation: '因光缆被挖断，预计今晚 22 点前恢复，期间费用按天减免。' },
  { id: '2', title: '视频彩铃误订', explanation: '系统误开通，已统一退订并退费。' },
];

function Harness({ list = ANNOUNCEMENTS }: { list?: BannerAnnouncement[] }) {
  const [linked, setLinked] = useState<string | null>(null);
  return (
    <I18nProvider initialLocale="zh-CN">
      <AnnouncementBanner announcements={list} linkedId={linked} onLink={setLinked} />
      <output data-testid="linked">{linked ?? 'none'}</output>
    </I18nProvider>
  );
}

describe('<AnnouncementBanner>', () => {
  it('shows each announcement with its agreed wording, open, not in a dropdown', () => {
    render(<Harness />);
    const items = screen.getAllByTestId('intake-announcement');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('华北地区宽带中断');
    expect(items[0]).toHaveTextContent('统一解释口径');
    expect(items[0]).toHaveTextContent('预计今晚 22 点前恢复');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('links the complaint in one click, and unlinks on a second', async () => {
    render(<Harness />);
    const [first, second] = screen.getAllByTestId('announcement-link');
    if (!first || !second) throw new Error('two link buttons expected');
    await userEvent.click(second);
    expect(screen.getByTestId('linked')).toHaveTextContent('2');
    expect(second).toHaveTextContent('已关联');
    await userEvent.click(first);
    expect(screen.getByTestId('linked')).toHaveTextContent('1');
    await userEvent.click(first);
    expect(screen.getByTestId('linked')).toHaveTextContent('none');
  });

  it('shows nothing when no announcement applies', () => {
    render(<Harness list={[]} />);
    expect(screen.queryByTestId('intake-announcements')).toBeNull();
  });
});
