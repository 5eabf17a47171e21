/**
 * Runs the extension-host suite (test/e2e/suite) in the real VS Code: opens the code-server URL
 * whose `payload` names the extension and the suite, prints the suite's PASS/FAIL lines as they
 * arrive through the browser console, and exits with the suite's exit code, which the workbench
 * hands to `window.codeAutomationExit` (the hook VS Code's own test runners use).
 *
 * Env: E2E_URL (code-server URL with folder and payload), E2E_TIMEOUT_MS (default 300000).
 */
import { launchBrowser } from './browser';

const NOISE = /Failed to load resource|open-vsx\.org|queryGalleryExtensions|queryRawGalleryExtensions|vsda/;

async function main(): Promise<number> {
  const url = process.env.E2E_URL;
  if (!url) throw new Error('E2E_URL is not set: run this through test/e2e/run.sh');
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    page.on('console', (message) => {
      const text = message.text().replace(/%c/g, '').replace(/color: #[0-9a-f]+;?/gi, '').trim();
      const result = /\b((?:PASS|FAIL) api: .*)$/.exec(text);
      if (result) console.log(result[1]);
      else if (!NOISE.test(text)) console.log(`[vscode] ${text}`);
    });
    const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await page.goto(url);
    const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), timeoutMs).unref());
    const code = await Promise.race([exited, timeout]);
    if (code === -1) console.log(`FAIL api: the suite did not finish within ${timeoutMs / 1000} s`);
    return code;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code === 0 ? 0 : 1),
  (error: unknown) => {
    console.log(`FAIL api: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
