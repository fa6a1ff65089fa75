/**
 * 同义词与纠错 against a real server: a knowledge-base editor finds the
 * built-in list (seeded by the server), filters it, adds a synonym group,
 * sees it in the list and in the try-it box at once (no restart), edits and
 * deletes it; an agent has no menu entry and the URL answers 403.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { clickMenu, login, screenshot, useKesu } from './harness';

/** Waits until the list shows `filter` (as the page sends it) and is not loading. */
async function waitForSynonyms(page: Page, filter: { text?: string; kind?: string } = {}): Promise<void> {
  await page.waitForFunction((want) => {
    const el = document.querySelector('[data-testid="kb-synonyms"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-filter') === want &&
      el.querySelector('.ant-spin-spinning') === null
    );
  }, JSON.stringify(filter));
  await page
    .locator('[data-testid="kb-synonyms"] .ant-table-row, [data-testid="kb-synonyms"] .ant-empty')
    .first()
    .waitFor();
}

/** Tries `query` in the try-it box and waits for the answer to that query. */
async function tryQuery(page: Page, query: string): Promise<Locator> {
  const box = page.locator('#kb-synonym-try');
  await box.fill(query);
  await box.press('Enter');
  const preview = page.getByTestId('kb-synonym-preview');
  await page.waitForFunction(
    (q) => document.querySelector('[data-testid="kb-synonym-preview"]')?.getAttribute('data-query') === q,
    query,
  );
  await preview.getByTestId('kb-synonym-normalized').waitFor();
  return preview;
}

/** Adds words to the group's tag box, one Enter each. */
async function addTerms(dialog: Locator, ...words: string[]): Promise<void> {
  const box = dialog.locator('#kb-synonym_terms');
  for (const w of words) {
    await box.fill(w);
    await box.press('Enter');
  }
}

const NOTE = '宽带客户常说“断流”（e2e）';

describe('knowledge-base synonyms', () => {
  const e2e = useKesu();

  test('an editor reviews the built-in list, adds a group, tries it, edits and deletes it', async () => {
    const { page } = e2e;
    await login(page, 'kb_editor');
    // 知识库 is a section for an editor: search, and this page
    await clickMenu(page, '同义词与纠错', '知识库');
    await page.waitForURL((u) => u.pathname === '/kb/synonyms');
    await waitForSynonyms(page);

    // the built-in list, seeded by the server
    const list = page.getByTestId('kb-synonyms');
    const totalText = await page.getByTestId('kb-synonym-total').innerText();
    const total = Number(/共\s*(\d+)\s*条/.exec(totalText)?.[1]);
    assert.ok(total >= 20, `the shipped list is there: ${totalText}`);
    const money = list.locator('.ant-table-row', { hasText: '扣钱' }).filter({ hasText: '扣费' });
    await money.waitFor();
    const moneyText = await money.innerText();
    assert.match(moneyText, /同义词组/, moneyText);
    assert.match(moneyText, /内置/, moneyText);
    const typo = await list.locator('.ant-table-row', { hasText: '冲电' }).innerText();
    assert.match(typo, /冲电\s*→\s*充电/, typo);
    assert.match(typo, /错字纠正/, typo);

    // filters: a word, then a kind
    await page.locator('#kb-synonym-text').fill('扣钱');
    await page.locator('#kb-synonym-text').press('Enter');
    await waitForSynonyms(page, { text: '扣钱' });
    const filtered = await list.locator('.ant-table-row').allInnerTexts();
    assert.ok(filtered.length >= 1 && filtered.length < total, `${filtered.length} of ${total}`);
    for (const r of filtered) assert.match(r, /扣钱/, r);
    await page.locator('#kb-synonym-text').fill('');
    await waitForSynonyms(page);
    await page.locator('.ant-select', { has: page.locator('#kb-synonym-kind') }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '错字纠正' })
      .click();
    await waitForSynonyms(page, { kind: 'CORRECTION' });
    const corrections = await list.locator('.ant-table-row').allInnerTexts();
    assert.ok(corrections.length >= 1);
    for (const r of corrections) assert.match(r, /错字纠正/, r);
    await page.locator('.ant-select', { has: page.locator('#kb-synonym-kind') }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '全部' })
      .click();
    await waitForSynonyms(page);

    // before: 断流 finds nothing else
    let preview = await tryQuery(page, '断流');
    assert.equal(await preview.getByTestId('kb-synonym-normalized').innerText(), '断流');
    await preview.getByTestId('kb-synonym-no-expansion').waitFor();

    // add a group; a single word is refused in Chinese before anything is sent
    await page.getByTestId('kb-synonym-create').click();
    const dialog = page.getByRole('dialog');
    await addTerms(dialog, '断流');
    await dialog.getByTestId('kb-synonym-save').click();
    await dialog.getByText('同义词组至少需要两个不同的词').waitFor();
    await addTerms(dialog, '网络中断');
    await dialog.locator('#kb-synonym_note').fill(NOTE);
    await dialog.getByTestId('kb-synonym-save').click();
    await page.getByText('已新增，搜索已开始使用').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const added = list.locator('.ant-table-row', { hasText: '断流' });
    await added.waitFor();
    const addedText = await added.innerText();
    assert.match(addedText, /网络中断/, addedText);
    assert.match(addedText, /同义词组/, addedText);
    assert.match(addedText, /编辑添加/, addedText);
    assert.match(addedText, /宽带客户常说/, addedText);
    assert.match(addedText, /林晨曦/, addedText);
    assert.match(addedText, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, addedText);
    assert.match(await page.getByTestId('kb-synonym-total').innerText(), new RegExp(`共\\s*${total + 1}\\s*条`));

    // in force at once: the try-it answer now has 网络中断
    await preview.getByTestId('kb-synonym-expansion').filter({ hasText: '网络中断' }).waitFor();
    preview = await tryQuery(page, '断流');
    const expansions = await preview.getByTestId('kb-synonym-expansion').allInnerTexts();
    assert.ok(expansions.includes('网络中断'), expansions.join(', '));
    await screenshot(page, 'kb-synonyms');

    // edit: one more word, another note
    await added.getByTestId('kb-synonym-edit').click();
    const editDialog = page.getByRole('dialog');
    await editDialog.locator('.ant-select-selection-item', { hasText: '网络中断' }).waitFor();
    await addTerms(editDialog, '断线');
    await editDialog.locator('#kb-synonym_note').fill(`${NOTE}，也说“断线”`);
    await editDialog.getByTestId('kb-synonym-save').click();
    await page.getByText('已保存，搜索已按新内容生效').waitFor();
    await editDialog.waitFor({ state: 'hidden' });
    const edited = list.locator('.ant-table-row', { hasText: '断流' }).filter({ hasText: '断线' });
    await edited.waitFor();
    assert.match(await edited.innerText(), /也说“断线”/);
    await preview.getByTestId('kb-synonym-expansion').filter({ hasText: '断线' }).waitFor();

    // delete, confirmed; gone from the list and from search
    await edited.getByTestId('kb-synonym-delete').click();
    await page.getByTestId('kb-synonym-delete-ok').click();
    await page.getByText('已删除，搜索不再使用该条目').waitFor();
    await list.locator('.ant-table-row', { hasText: '断流' }).waitFor({ state: 'detached' });
    await preview.getByTestId('kb-synonym-no-expansion').waitFor();
    assert.match(await page.getByTestId('kb-synonym-total').innerText(), new RegExp(`共\\s*${total}\\s*条`));
  });

  test('an agent has no 同义词与纠错 menu entry, and the URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.locator('.ant-menu').first().waitFor();
    await page.locator('.ant-menu-item', { hasText: '知识库' }).waitFor();
    assert.equal(await page.locator('.ant-menu-submenu', { hasText: '知识库' }).count(), 0);
    assert.equal(await page.locator('.ant-menu-item', { hasText: '同义词与纠错' }).count(), 0);
    await page.goto('/kb/synonyms');
    await page.locator('.ant-result-403').waitFor();
    assert.match(await page.locator('.ant-result-403').innerText(), /kb\.edit/);
  });
});
