import { describe, expect, it } from 'vitest';
import { acceptable, sharePercent, type IntakeSuggestions } from './centreMemory';

const suggestions = (over: Partial<IntakeSuggestions> = {}): IntakeSuggestions => ({
  categories: [
    { share: 0.7, category: { id: '12', name: '网速慢' } },
    { share: 0.3, category: { id: '13', name: '断网' } },
  ],
  priority: { priority: 'IMPORTANT', share: 0.6 },
  team: null,
  draftReply: null,
  resolved: [],
  ...over,
});

describe('centre memory', () => {
  it('takes the top category, and the priority when most of the vote agrees', () => {
    expect(acceptable(suggestions())).toEqual({ categoryId: '12', categoryName: '网速慢', priority: 'IMPORTANT' });
    expect(acceptable(suggestions({ priority: { priority: 'URGENT', share: 0.4 } }))?.priority).toBeNull();
  });

  it('has nothing to take when nothing was suggested', () => {
    expect(acceptable(suggestions({ categories: [] }))).toBeNull();
    expect(acceptable(undefined)).toBeNull();
  });

  it('shows shares as whole percentages, clamped', () => {
    expect(sharePercent(0.666)).toBe(67);
    expect(sharePercent(1.2)).toBe(100);
    expect(sharePercent(-0.1)).toBe(0);
  });
});
