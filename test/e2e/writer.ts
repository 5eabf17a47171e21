/**
 * What a writer sees and does in a draft, checked alike on the desktop (ui.ts) and in the browser
 * build (web.ts): the Problems panel, the hover with a claims-file entry, the "Cite" quick fix, and
 * the status bar's count following typing.
 */
import type { Page } from 'playwright-core';
import { assert, waitFor } from './checks';
import { chooseQuickFix, editorText, goTo, openFile, retry, unsourcedCount } from './workbench';

/** A finding of the command line's JSON output for the draft. */
export interface Expected {
  readonly code: string;
  readonly severity: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The finding of `code` on `line`, about the words `flagged` when given. */
export function findingAt(expected: readonly Expected[], code: string, line: number, flagged?: string): Expected {
  const finding = expected.find((f) => f.code === code && f.line === line && (flagged === undefined || f.message.includes(`("${flagged}")`)));
  assert(finding, `the CLI reports no ${code} on line ${line}${flagged ? ` about "${flagged}"` : ''}`);
  return finding;
}

/** The Problems panel lists the findings' codes, and its badge counts all the command line's findings. */
export async function problemsPanelLists(page: Page, expected: readonly Expected[]): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M');
  // A row reads "message fact-check(code) [Ln, Col]"; the parentheses come from CSS.
  const rows = page.locator('.markers-panel .monaco-list-row');
  // Information (ledger matches, weak backing) comes last in the list, below the fold.
  for (const code of new Set(expected.filter((f) => f.severity !== 'information').map((f) => f.code))) {
    await waitFor(`fact-check(${code}) in the Problems panel`, async () => {
      const texts = await rows.allTextContents();
      return texts.some((t) => t.replace(/[\s()]+/g, '').includes(`fact-check${code}`)) ? true : undefined;
    }, 30_000);
  }
  const badge = await waitFor('the Problems count', async () => {
    const text = await page.locator('.panel .composite-bar .badge-content, .panel .action-item .badge').first().innerText().catch(() => '');
    return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
  }, 30_000);
  assert(badge === expected.length, `the Problems badge says ${badge}, the CLI found ${expected.length}`);
}

/** The hover on the ledger-matched claim shows its claims-file entry; `shoot` takes the screenshot. */
export async function hoverShowsEntry(page: Page, expected: readonly Expected[], shoot: () => Promise<unknown>): Promise<void> {
  const match = findingAt(expected, 'ledger-match', 14);
  await goTo(page, match.line, match.column + 2);
  // The entry's source title is in the language server's hover, not in the diagnostic's.
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Russian invasion of Ukraine' }).first();
  await retry('the hover', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.waitFor({ state: 'visible', timeout: 5_000 });
  });
  const text = await hover.innerText();
  assert(text.includes('ukraine-war-duration') && text.includes('full-scale invasion of Ukraine'), `the hover lacks the entry: ${text}`);
  await shoot();
  await page.keyboard.press('Escape');
}

/** "Cite ukraine-war-duration" puts the citation in the draft, and the unsourced count goes down. */
export async function citeLowersCount(page: Page, expected: readonly Expected[], draft: string): Promise<void> {
  await openFile(page, draft);
  const before = await waitFor('the unsourced count', () => unsourcedCount(page), 30_000);
  const match = findingAt(expected, 'ledger-match', 14);
  await goTo(page, match.line, match.column + 2);
  await chooseQuickFix(page, 'Cite ukraine-war-duration');
  await waitFor('the citation in the editor', async () => ((await editorText(page)).includes('[@ukraine-war-duration]') ? true : undefined), 30_000);
  await waitFor('a lower unsourced count', async () => ((await unsourcedCount(page) ?? before) < before ? true : undefined), 30_000);
}

/** A new unsourced sentence typed at the end of the draft raises the count by one. */
export async function countFollowsTyping(page: Page): Promise<void> {
  const before = await waitFor('the unsourced count', () => unsourcedCount(page), 30_000);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The mayor said the bridge would reopen in May.', { delay: 10 });
  await waitFor(`${before + 1} unsourced in the status bar`, async () => ((await unsourcedCount(page)) === before + 1 ? true : undefined), 30_000);
}
