import { describe, expect, it } from 'vitest';
import zhCN, { type MessageKey } from '../../i18n/zh-CN';
import { interpolate } from '../../i18n/format';
import type { TFunction } from '../../i18n';
import {
  correctionProblems,
  distinctTerms,
  isFiltered,
  noteProblem,
  splitTerms,
  termProblem,
  termsProblem,
  termsText,
  toDeleteInput,
  toFormValues,
  toSaveInput,
  toSynonymFilter,
  type Problem,
  type SynonymRow,
} from './synonymModel';

const tZh: TFunction = (key: MessageKey, vars) => interpolate(zhCN[key], vars);
const say = (p: Problem | null | undefined) => (p ? tZh(p.key, p.vars) : null);

const row = (kind: SynonymRow['kind'], terms: string[], extra: Partial<SynonymRow> = {}): SynonymRow => ({
  id: '12',
  kind,
  terms,
  source: 'EDITOR',
  note: null,
  version: 4,
  updatedAt: '2026-12-05T04:00:00Z',
  updatedBy: { id: '7', displayName: '林晨曦' },
  ...extra,
});

describe('synonym words', () => {
  it('split typed text on spaces, commas and 、', () => {
    expect(splitTerms(' 扣钱 扣费,多收钱，乱收费、收费；退费;  ')).toEqual(['扣钱', '扣费', '多收钱', '乱收费', '收费', '退费']);
    expect(splitTerms('   ')).toEqual([]);
  });

  it('drop repeats as the server would: trimmed, half-width, any case', () => {
    expect(distinctTerms(['扣钱', ' 扣费 ', '扣钱'])).toEqual(['扣钱', '扣费']);
    expect(distinctTerms(['WiFi', 'wifi', 'ＷＩＦＩ', '无线网'])).toEqual(['WiFi', '无线网']);
  });

  it('accept a word of 1 to 20 characters without spaces, counting characters not UTF-16 units', () => {
    expect(termProblem('扣费')).toBeNull();
    expect(termProblem(' 扣费 ')).toBeNull();
    expect(termProblem('长'.repeat(20))).toBeNull();
    expect(termProblem('𠮷'.repeat(20))).toBeNull();
    expect(say(termProblem('  '))).toBe('词语不能为空');
    expect(say(termProblem('扣 钱'))).toBe('「扣 钱」中不能有空格');
    expect(say(termProblem('长'.repeat(21)))).toBe(`「${'长'.repeat(21)}」超过 20 个字`);
  });

  it('need a group of two to twenty different words', () => {
    expect(termsProblem('GROUP', ['扣钱', '扣费'])).toBeNull();
    expect(say(termsProblem('GROUP', ['扣钱']))).toBe('同义词组至少需要两个不同的词');
    expect(say(termsProblem('GROUP', ['扣钱', ' 扣钱']))).toBe('同义词组至少需要两个不同的词');
    expect(say(termsProblem('GROUP', []))).toBe('同义词组至少需要两个不同的词');
    const twenty = Array.from({ length: 20 }, (_, i) => `词${i}`);
    expect(termsProblem('GROUP', twenty)).toBeNull();
    expect(termsProblem('GROUP', [...twenty, '词0'])).toBeNull();
    expect(say(termsProblem('GROUP', [...twenty, '词20']))).toBe('最多 20 个词');
    expect(say(termsProblem('GROUP', ['扣钱', '扣 费']))).toBe('「扣 费」中不能有空格');
  });

  it('need a correction of exactly two different words', () => {
    expect(termsProblem('CORRECTION', ['冲电', '充电'])).toBeNull();
    const pair = '错字纠正需要两个不同的词：错误写法和正确写法';
    expect(say(termsProblem('CORRECTION', ['冲电', '冲电']))).toBe(pair);
    expect(say(termsProblem('CORRECTION', ['冲电', '充电', '充点']))).toBe(pair);
    expect(say(termsProblem('CORRECTION', ['冲电']))).toBe(pair);
  });

  it('word a correction’s two fields separately', () => {
    expect(correctionProblems('冲电', '充电')).toEqual({ wrong: null, right: null });
    const empty = correctionProblems('', ' ');
    expect([say(empty.wrong), say(empty.right)]).toEqual(['请填写错误写法', '请填写正确写法']);
    expect(say(correctionProblems('冲电', ' 冲电 ').right)).toBe('正确写法不能与错误写法相同');
    expect(say(correctionProblems('AB', 'ab').right)).toBe('正确写法不能与错误写法相同');
    expect(say(correctionProblems('冲 电', '充电').wrong)).toBe('「冲 电」中不能有空格');
    expect(correctionProblems(undefined, undefined).wrong?.key).toBe('kb.syn.rule.wrongRequired');
  });

  it('allow a note of up to 200 characters, or none', () => {
    expect(noteProblem(undefined)).toBeNull();
    expect(noteProblem('   ')).toBeNull();
    expect(noteProblem(`  ${'字'.repeat(200)}  `)).toBeNull();
    expect(say(noteProblem('字'.repeat(201)))).toBe('备注最多 200 个字');
  });
});

describe('the synonym form', () => {
  it('starts a new entry as an empty group', () => {
    expect(toFormValues(null)).toEqual({ kind: 'GROUP', terms: [], wrong: '', right: '', note: '' });
  });

  it('fills a correction’s two fields and a group’s tags', () => {
    const c = toFormValues(row('CORRECTION', ['冲电', '充电'], { note: '拼音输入常见' }));
    expect(c).toMatchObject({ kind: 'CORRECTION', wrong: '冲电', right: '充电', note: '拼音输入常见' });
    expect(toFormValues(row('GROUP', ['断流', '网络中断']))).toMatchObject({
      kind: 'GROUP',
      terms: ['断流', '网络中断'],
      wrong: '',
      right: '',
    });
  });

  it('saves a new entry without an id, words trimmed and without repeats, an empty note as none', () => {
    const input = toSaveInput(null, { kind: 'GROUP', terms: [' 断流 ', '网络中断', '断流'], note: '  ' });
    expect(input).toEqual({ kind: 'GROUP', terms: ['断流', '网络中断'], note: null });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('expectedVersion');
  });

  it('saves an edit at the version read; a correction as [wrong, right]', () => {
    const r = row('GROUP', ['冲电', '充电']);
    const input = toSaveInput(r, { kind: 'CORRECTION', terms: ['ignored'], wrong: ' 冲电', right: '充电 ', note: ' 常见 ' });
    expect(input).toEqual({ id: '12', expectedVersion: 4, kind: 'CORRECTION', terms: ['冲电', '充电'], note: '常见' });
    expect(toDeleteInput(r)).toEqual({ id: '12', expectedVersion: 4 });
  });
});

describe('the synonym list', () => {
  it('shows a correction as wrong → right and a group as its words', () => {
    expect(termsText(row('CORRECTION', ['冲电', '充电']))).toBe('冲电 → 充电');
    expect(termsText(row('GROUP', ['扣钱', '扣费', '乱收费']))).toBe('扣钱、扣费、乱收费');
    expect(termsText(row('GROUP', ['a', 'b']), ', ')).toBe('a, b');
  });

  it('filters only by what is set', () => {
    expect(toSynonymFilter({ text: '  ', kind: null })).toEqual({});
    expect(toSynonymFilter({ text: ' 扣费 ', kind: 'GROUP' })).toEqual({ text: '扣费', kind: 'GROUP' });
    expect(isFiltered({ text: ' ', kind: null })).toBe(false);
    expect(isFiltered({ text: '', kind: 'CORRECTION' })).toBe(true);
  });
});
