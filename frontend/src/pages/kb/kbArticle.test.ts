import { describe, expect, it } from 'vitest';
import {
  editorNextNumber,
  parseVersionParam,
  pickVersion,
  toArticleFields,
  versionKind,
  type ArticleVersions,
  type KbVersionView,
} from './kbArticle';

const v = (number: number, publishedAt: string | null): KbVersionView => ({
  id: `v${number}`,
  number,
  title: `标题 v${number}`,
  scenario: '',
  solution: '',
  caveats: '',
  tags: [],
  relatedIds: [],
  createdAt: '2026-11-01T00:00:00Z',
  publishedAt,
});

// v1 and v2 published (v2 live), v3 a draft in review
const v1 = v(1, '2026-11-02T00:00:00Z');
const v2 = v(2, '2026-11-10T00:00:00Z');
const v3 = v(3, null);
const editorView: ArticleVersions = { status: 'in_review', published: v2, latest: v3, versions: [v3, v2, v1] };
const readerView: ArticleVersions = { ...editorView, versions: [v2, v1] };

describe('versionKind', () => {
  it('names the live, superseded and unpublished versions', () => {
    expect(versionKind(editorView, v2)).toBe('live');
    expect(versionKind(editorView, v1)).toBe('superseded');
    expect(versionKind(editorView, v3)).toBe('in_review');
    expect(versionKind({ ...editorView, status: 'draft' }, v3)).toBe('draft');
    expect(versionKind({ ...editorView, status: 'archived' }, v2)).toBe('archived');
  });
});

describe('pickVersion', () => {
  it('shows editors the newest version and readers the live one', () => {
    expect(pickVersion(editorView, null, true).version.number).toBe(3);
    expect(pickVersion(readerView, null, false).version.number).toBe(2);
  });

  it('opens an older version on request', () => {
    expect(pickVersion(readerView, 1, false)).toEqual({ version: v1, missing: false });
  });

  it('falls back (and says so) when the version is not readable', () => {
    const r = pickVersion(readerView, 7, false);
    expect(r.missing).toBe(true);
    expect(r.version.number).toBe(2);
  });

  it('shows a never-published draft to its editor', () => {
    const draft: ArticleVersions = { status: 'draft', published: null, latest: v3, versions: [v3] };
    expect(pickVersion(draft, null, false).version.number).toBe(3);
  });
});

describe('editor helpers', () => {
  it('parses ?v= strictly', () => {
    expect(parseVersionParam('2')).toBe(2);
    expect(parseVersionParam('0')).toBeNull();
    expect(parseVersionParam('2a')).toBeNull();
    expect(parseVersionParam(null)).toBeNull();
  });

  it('says which version a save produces', () => {
    expect(editorNextNumber(undefined)).toBe(1);
    expect(editorNextNumber({ latest: v2 })).toBe(3);
    expect(editorNextNumber({ latest: v3 })).toBe(3);
  });

  it('trims the fields and drops empty and repeated tags', () => {
    expect(
      toArticleFields({
        title: '  充电问题 ',
        categoryId: '2',
        scenario: ' 场景 ',
        solution: '1. 步骤\n',
        tags: ['充电', ' ', '充电 ', '手机'],
        relatedIds: ['5', '5'],
      }),
    ).toEqual({
      title: '充电问题',
      categoryId: '2',
      scenario: '场景',
      solution: '1. 步骤',
      caveats: '',
      tags: ['充电', '手机'],
      relatedIds: ['5'],
    });
  });
});
