/**
 * Driving the VS Code workbench in the browser: what the UI checks (ui.ts) and the browser-build
 * checks (web.ts) both do, through keys and the workbench's own selectors.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through test/e2e/run.sh`);
  return value;
};

/** Quick Open (Ctrl+P); keybindings go live a little after the workbench appears, so it retries. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, 'Control+P', name, name);
  await page.locator('.tab.active').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** The active editor's title, as a tab or, for views VS Code opens as a modal editor, the modal's. */
export function activeEditorTitle(page: Page, title: string) {
  return page.locator('.tab.active, .modal-editor-title').filter({ hasText: title }).first();
}

/**
 * Closes the editor titled `title` if it is the active one, never another: Ctrl+W on the draft
 * would raise VS Code's modal "save changes?" dialog.
 */
export async function closeEditor(page: Page, title: string): Promise<void> {
  if ((await page.locator('.modal-editor-title').filter({ hasText: title }).count()) > 0) {
    await page.keyboard.press('Escape');
  } else if ((await page.locator('.tab.active').filter({ hasText: title }).count()) > 0) {
    await page.keyboard.press('Control+W');
  }
}

/** Closes what a failed check may have left over the workbench. */
export async function dismissOverlays(page: Page): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  if (await dialog.isVisible().catch(() => false)) {
    await page.screenshot({ path: join(env('E2E_ARTIFACTS'), `dialog-${Date.now()}.png`) }).catch(() => undefined);
    await dialog.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 }).catch(() => undefined);
  }
  for (let i = 0; i < 3 && (await page.locator('.monaco-modal-editor-block, .quick-input-widget:visible, .action-widget:visible').count()) > 0; i++) {
    await page.keyboard.press('Escape');
  }
}

/** Runs a command by its title from the Command Palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, 'F1', title, title);
}

/** Opens a quick input with `key`, types `text` and picks the row with `pick`; `picking` is called just before. */
export async function quickInput(page: Page, key: string, text: string, pick: string, picking?: () => void): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await retry(`the quick input (${key})`, async () => {
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: 2_000 });
  }, 40);
  await input.fill(key === 'F1' ? `>${text}` : text);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: pick }).first();
  await row.waitFor({ timeout: 30_000 });
  picking?.();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await retry('Go to Line', async () => {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 2_000 });
  });
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Opens the quick-fix menu at the cursor (Ctrl+.) and picks `title`; the menu can open empty first. */
export async function chooseQuickFix(page: Page, title: string, beforePick?: () => Promise<unknown>): Promise<void> {
  const row = page.locator('.action-widget .monaco-list-row').filter({ hasText: title }).first();
  await retry(`the quick fix "${title}"`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    await row.waitFor({ timeout: 5_000 });
  });
  await beforePick?.();
  await row.click();
  await row.waitFor({ state: 'detached', timeout: 10_000 });
}

export async function statusText(page: Page): Promise<string> {
  const items = await page.locator('.statusbar-item').allInnerTexts();
  return items.find((t) => /unsourced|Sourced|Fact Check/.test(t)) ?? '';
}

/** How many findings the status bar counts: the unsourced claims. */
export function unsourcedIn(findings: readonly { code: string }[]): number {
  return findings.filter((f) => f.code.startsWith('unsourced-')).length;
}

/** The status bar's "N unsourced" (0 for "Sourced"), or undefined while it shows neither. */
export async function unsourcedCount(page: Page): Promise<number | undefined> {
  const text = await statusText(page);
  if (/Sourced/.test(text)) return 0;
  const n = /(\d+) unsourced/.exec(text)?.[1];
  return n === undefined ? undefined : Number(n);
}

export async function editorText(page: Page): Promise<string> {
  return (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

export async function retry(what: string, attempt: () => Promise<void>, times = 10): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= times) throw new Error(`${what}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
