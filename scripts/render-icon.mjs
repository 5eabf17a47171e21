// Renders docs/icon.svg to the extension's 128×128 icon, docs/images/icon.png, with chromium
// (Debian's, or $CHROMIUM) driven by playwright-core, then recompresses it losslessly with Debian's
// optipng (the package's size is bounded): `node scripts/render-icon.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('docs/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: 'docs/images/icon.png', omitBackground: true });
} finally {
  await browser.close();
}
execFileSync('optipng', ['-quiet', '-o7', '-strip', 'all', 'docs/images/icon.png'], { stdio: 'inherit' });
