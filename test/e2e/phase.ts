/**
 * One phase of browser checks: the workbench opened at $E2E_URL in headless chromium, the phase's
 * checks run one after another (a failure is reported and the next check runs), the tally printed,
 * and the process's exit status set from it. Screenshots go to $E2E_ARTIFACTS.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { Checks } from './checks';
import { dismissOverlays, env } from './workbench';

export type Check = (name: string, body: () => Promise<void>) => Promise<boolean>;
export type Shot = (name: string) => Promise<Buffer>;

/** Runs `body` as the phase named `phase`; screenshots of failures are named with `prefix`. */
export function runPhase(phase: string, prefix: string, body: (page: Page, check: Check, shot: Shot) => Promise<void>): void {
  drive(phase, prefix, body).then(
    (checks) => {
      console.log(`${phase}: ${checks.passed} of ${checks.passed + checks.failed} checks passed`);
      process.exit(checks.failed === 0 ? 0 : 1);
    },
    (error: unknown) => {
      console.log(`FAIL ${phase}: ${(error as Error).message.split('\n')[0]}`);
      process.exit(1);
    },
  );
}

async function drive(phase: string, prefix: string, body: (page: Page, check: Check, shot: Shot) => Promise<void>): Promise<Checks> {
  const artifacts = env('E2E_ARTIFACTS');
  const checks = new Checks();
  const browser = await launchBrowser();
  const { page } = browser;
  const shot: Shot = (name) => page.screenshot({ path: join(artifacts, name) });
  const check: Check = async (name, run) => {
    // A check that failed half-way may leave a menu, a modal editor or a dialog up: clear them
    // first, so one failure does not take the checks after it down too.
    await dismissOverlays(page);
    const ok = await checks.check(`${phase}: ${name}`, run);
    if (!ok) await shot(`${prefix}fail-${checks.failed}.png`).catch(() => undefined);
    return ok;
  };
  try {
    await page.goto(env('E2E_URL'));
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
    await body(page, check, shot);
  } catch (error) {
    console.log(`FAIL ${phase}: ${(error as Error).message.split('\n')[0]}`);
    checks.failed++;
    await shot(`${prefix}fail-setup.png`).catch(() => undefined);
  } finally {
    await browser.close();
  }
  return checks;
}
