/**
 * The browser build's checks (issue: vscode.dev, github.dev): the extension forced into the
 * workbench's web-worker extension host, its language server a web worker reading the workspace
 * through the client, driven in headless chromium as a writer would use it: squiggles, the status
 * bar's count, the Problems panel, the hover, "Add to claims file" written to disk, "Cite", the
 * count following typing (the desktop's checks, ./writer), and how long after opening the draft
 * its first diagnostics show. Screenshots go to $E2E_ARTIFACTS (web-*.png).
 *
 * Env (set by test/e2e/run.sh): E2E_URL, E2E_WORKSPACE, E2E_EXTENSION_DIR, E2E_EXPECTED, E2E_ARTIFACTS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert, waitFor } from './checks';
import { runPhase } from './phase';
import { pidsRunning } from './processes';
import { chooseQuickFix, closeEditor, env, goTo, quickInput, runCommand, unsourcedCount, unsourcedIn } from './workbench';
import { citeLowersCount, countFollowsTyping, hoverShowsEntry, problemsPanelLists, type Expected } from './writer';

const DRAFT = 'ukraine-call.md';

runPhase('web', 'web-', async (page, check, shot) => {
  const workspace = env('E2E_WORKSPACE');
  const nodeServer = join(env('E2E_EXTENSION_DIR'), 'dist', 'server.js');
  const expected = JSON.parse(readFileSync(env('E2E_EXPECTED'), 'utf8')) as Expected[];
  const unsourced = unsourcedIn(expected);

  await check('squiggles and the status bar count, from the language server in a web worker', async () => {
    const cold = await openUntilDiagnostics(page);
    await shot('web-1-warnings.png');
    await page.locator('.monaco-editor .squiggly-info').first().waitFor({ state: 'attached', timeout: 30_000 });
    await waitFor(`"${unsourced} unsourced" in the status bar`, async () => ((await unsourcedCount(page)) === unsourced ? true : undefined), 30_000);
    await shot('web-2-status-bar.png');
    // Opened again, with the extension and its server running: the time a writer waits.
    await page.locator('.monaco-editor .view-lines').first().click();
    await closeEditor(page, DRAFT);
    const warm = await openUntilDiagnostics(page);
    console.log(`first diagnostics in the browser: ${warm} ms after opening the draft (${cold} ms the first time, starting the extension and its server)`);
    assert(pidsRunning(nodeServer).length === 0, 'the Node language server runs: the extension is not in the browser');
  });

  await check('the Problems panel lists the findings with their codes', async () => {
    await problemsPanelLists(page, expected);
    await shot('web-problems.png');
  });

  await check('the hover on a ledger-matched claim shows the claims-file entry', () => hoverShowsEntry(page, expected, () => shot('web-hover.png')));

  await check('"Add to claims file" writes the entry into claims.yaml through the workspace file system', async () => {
    const claim = expected.find((f) => f.code === 'unsourced-attribution' && f.message.includes('("Xi assured'));
    assert(claim, 'the CLI reports no unsourced attribution about "Xi assured"');
    await goTo(page, claim.line, claim.column + 2);
    await chooseQuickFix(page, 'Add to claims file', () => shot('web-3-quick-fix.png'));
    await runCommand(page, 'File: Save All');
    const claims = join(workspace, 'claims.yaml');
    await waitFor('the new entry in claims.yaml on disk', () => (readFileSync(claims, 'utf8').includes('Xi assured Zelenskiy that China') ? true : undefined), 30_000);
    assert(readFileSync(claims, 'utf8').includes('id: ukraine-war-duration'), 'the existing entries of claims.yaml were lost');
    await waitFor(`${unsourced - 1} unsourced in the status bar`, async () => ((await unsourcedCount(page)) === unsourced - 1 ? true : undefined), 30_000);
    await shot('web-4-added.png');
  });

  await check('"Cite ukraine-war-duration" inserts [@ukraine-war-duration] and the count follows', () => citeLowersCount(page, expected, DRAFT));

  await check('the status-bar count follows typing', async () => {
    await countFollowsTyping(page);
    await shot('web-5-after-edits.png');
  });
});

/** Opens the draft with Quick Open; the milliseconds from picking it to its first squiggle. */
async function openUntilDiagnostics(page: Page): Promise<number> {
  let picked = 0;
  await quickInput(page, 'Control+P', DRAFT, DRAFT, () => (picked = Date.now()));
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 90_000 });
  return Date.now() - picked;
}
