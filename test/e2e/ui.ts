/**
 * The UI checks: drives the real VS Code workbench (code-server) in headless chromium through
 * what a writer sees: squiggles, the Problems panel, the hover, the quick fixes, the status bar,
 * and what happens when the language server crashes. Screenshots go to $E2E_ARTIFACTS.
 *
 * Env (set by test/e2e/run.sh): E2E_URL (code-server URL with ?folder=), E2E_WORKSPACE (that
 * folder), E2E_EXTENSION_DIR (the installed extension), E2E_EXPECTED (the CLI's findings for the
 * draft, JSON), E2E_ARTIFACTS (screenshots); E2E_MODE=restricted runs only the Restricted Mode
 * check, with E2E_EXPECTED_ELSEWHERE (the findings the workspace's own claims-file setting gives).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, waitFor } from './checks';
import { runPhase } from './phase';
import { pidsRunning } from './processes';
import { activeEditorTitle, chooseQuickFix, closeEditor, editorText, env, goTo, openFile, runCommand, statusText, unsourcedCount, unsourcedIn } from './workbench';
import { citeLowersCount, countFollowsTyping, findingAt, hoverShowsEntry, problemsPanelLists, type Expected } from './writer';

const DRAFT = 'ukraine-call.md';

runPhase('ui', '', async (page, check, shot) => {
  const workspace = env('E2E_WORKSPACE');
  const serverScript = join(env('E2E_EXTENSION_DIR'), 'dist', 'server.js');
  const expected = JSON.parse(readFileSync(env('E2E_EXPECTED'), 'utf8')) as Expected[];
  const at = (code: string, line: number, flagged?: string): Expected => findingAt(expected, code, line, flagged);

  await openFile(page, DRAFT);

  const unsourced = unsourcedIn(expected);
  if (process.env['E2E_MODE'] === 'restricted') {
    await check("Restricted Mode: the extension runs, and ignores the workspace's claimsFile, maxDraftLength and maxNumberOfProblems settings", async () => {
      await waitFor('"Restricted Mode" in the status bar', async () => ((await page.locator('.statusbar-item').allInnerTexts()).some((t) => t.includes('Restricted Mode')) ? true : undefined), 30_000);
      // The workspace's setting names a claims file with no entries: were it used, the count would differ.
      const elsewhere = unsourcedIn(JSON.parse(readFileSync(env('E2E_EXPECTED_ELSEWHERE'), 'utf8')) as { code: string }[]);
      assert(elsewhere !== unsourced, `the setting would change nothing (${unsourced} unsourced either way)`);
      await waitFor(`"${unsourced} unsourced" in the status bar`, async () => ((await unsourcedCount(page)) === unsourced ? true : undefined), 90_000);
      await shot('8-restricted-mode.png');
    });
    return;
  }

  await check('squiggles under the unsourced (warning), disputed (error) and ledger-matched (info) claims', async () => {
    for (const kind of ['warning', 'info']) {
      await page.locator(`.monaco-editor .squiggly-${kind}`).first().waitFor({ state: 'attached', timeout: 90_000 });
    }
    await shot('1-warnings.png');
    const disputed = at('disputed-claim', 20);
    await goTo(page, disputed.line, disputed.column);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
  });

  await check('the Problems panel lists the findings with their codes', async () => {
    await problemsPanelLists(page, expected);
    await shot('2-problems.png');
  });

  await check(`the status bar counts ${unsourced} unsourced claims`, async () => {
    await waitFor(`"${unsourced} unsourced" in the status bar`, async () => ((await unsourcedCount(page)) === unsourced ? true : undefined), 30_000);
  });

  await check('the hover on a ledger-matched claim shows the claims-file entry', () => hoverShowsEntry(page, expected, () => shot('3-hover.png')));

  await check('"Add to claims file" writes the entry into claims.yaml and clears the warning', async () => {
    const claim = at('unsourced-attribution', 10, 'Xi assured');
    await goTo(page, claim.line, claim.column + 2);
    await chooseQuickFix(page, 'Add to claims file', () => shot('4-quick-fix.png'));
    await runCommand(page, 'File: Save All');
    const claims = join(workspace, 'claims.yaml');
    await waitFor('the new entry in claims.yaml on disk', () => (readFileSync(claims, 'utf8').includes('Xi assured Zelenskiy that China') ? true : undefined), 30_000);
    assert(readFileSync(claims, 'utf8').includes('id: ukraine-war-duration'), 'the existing entries of claims.yaml were lost');
    await waitFor(`${unsourced - 1} unsourced in the status bar`, async () => ((await unsourcedCount(page)) === unsourced - 1 ? true : undefined), 30_000);
  });

  await check('"Cite ukraine-war-duration" inserts [@ukraine-war-duration] and the count follows', () => citeLowersCount(page, expected, DRAFT));

  await check('the status-bar count follows typing', async () => {
    await countFollowsTyping(page);
    await shot('5-after-edits.png');
  });

  await check('a killed server comes back; after 5 crashes one clear message and no restart loop', async () => {
    await openFile(page, DRAFT);
    const message = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'crashed 5 times' });
    const sentences = ['The spokesman said talks would resume.', 'The ministry said the border stayed open.', 'Analysts said the plan was vague.', 'Diplomats said a meeting was likely.'];
    let count = await waitFor('the unsourced count', () => unsourcedCount(page), 60_000);
    for (let crash = 1; crash <= 5; crash++) {
      const pid = await waitFor('a running language server', () => pidsRunning(serverScript)[0], 60_000);
      process.kill(pid, 'SIGKILL');
      if (crash === 5) break;
      await waitFor(`the server back after crash ${crash}`, () => (pidsRunning(serverScript).some((p) => p !== pid) ? true : undefined), 60_000);
      // Only the new server can flag a sentence typed now: then it is up, and the next kill
      // hits a running server (as a crash mid-session would), not one still starting. Escape
      // first: a word suggestion left open by the last sentence would take the line break.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(`\n${sentences[crash - 1]}`, { delay: 10 });
      count++;
      await waitFor(`${count} unsourced after restart ${crash}`, async () => ((await unsourcedCount(page)) === count ? true : undefined), 60_000);
    }
    await message.first().waitFor({ timeout: 60_000 });
    const text = await message.first().innerText();
    assert(/will not be restarted/.test(text), `unclear message: ${text}`);
    await waitFor('the status bar to say the server stopped', async () => ((await statusText(page)).includes('Fact Check stopped') ? true : undefined), 30_000);
    await shot('7-crashed.png');
    assert(pidsRunning(serverScript).length === 0, 'a server was started after the client gave up');
    const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    assert(toasts.length === 1, `${toasts.length} notifications: ${toasts.join(' | ')}`);
  });

  await check('Restart Server brings the server and the count back', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Fact Check: Restart Server');
    await waitFor('a running language server', () => pidsRunning(serverScript)[0], 60_000);
    await waitFor('the unsourced count', async () => ((await unsourcedCount(page)) !== undefined ? true : undefined), 60_000);
  });

  await check("VS Code reports the extension's activation time", async () => {
    await runCommand(page, 'Developer: Show Running Extensions');
    // The view lists the slowest first and renders only the rows in sight: scroll to ours.
    const list = page.locator('.runtime-extensions-editor .monaco-list').first();
    await list.waitFor({ timeout: 30_000 });
    const ours = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'Fact Check' }).first();
    await waitFor('our row in Running Extensions', async () => {
      if ((await ours.count()) > 0) return true;
      await list.hover();
      await page.mouse.wheel(0, 300);
      return undefined;
    }, 30_000);
    const ms = await waitFor('the activation time', async () => /(\d+)\s*ms/.exec(await ours.innerText())?.[1], 30_000);
    await shot('6-running-extensions.png');
    await closeEditor(page, 'Running Extensions');
    // Developer: Startup Performance breaks it down: | id | eager | load code | call activate | finish activate | …
    await runCommand(page, 'Developer: Startup Performance');
    await activeEditorTitle(page, 'Startup Performance').waitFor({ timeout: 30_000 });
    const id = 'fact-check-markdown.fact-check-markdown';
    await page.keyboard.press('Control+F');
    await page.keyboard.type(id);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const pattern = new RegExp(`${id.replace(/\./g, '\\.')}\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)`);
    const row = await waitFor('our row in Startup Performance', async () => pattern.exec(await editorText(page)) ?? undefined, 30_000);
    console.log(`activation time (VS Code's Running Extensions view): ${ms} ms = load code ${row[2]} ms + call activate ${row[3]} ms; activate() resolved after ${row[4]} ms more (at startup: ${row[1]})`);
    await closeEditor(page, 'Startup Performance');
  });
});
