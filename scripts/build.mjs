// Bundles what ships (CLI; later the server and the extension) to CommonJS with esbuild, so that
// ESM-only dependencies (unified, remark) are never require()d at run time. With --tests it also
// bundles every test file, so the tests run against the same bundling as the product.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';

const { version, homepage } = JSON.parse(readFileSync('package.json', 'utf8'));

// Citation.js, which reads BibTeX bibliographies, can also fetch works by URL or DOI. The engine
// never fetches (a bibliography is data, read from the workspace), so its HTTP clients are left
// out of every bundle: they would add weight, and one of them spawns processes.
const noFetch = {
  name: 'no-fetch',
  setup(b) {
    b.onResolve({ filter: /^(?:sync-fetch|node-fetch)$/ }, (args) => ({ path: args.path, namespace: 'no-fetch' }));
    b.onLoad({ filter: /.*/, namespace: 'no-fetch' }, () => ({
      contents: 'module.exports = () => { throw new Error("Fact Check never fetches bibliography entries"); };',
      loader: 'js',
    }));
  },
};

// The web build leaves out what only the Node build needs, so that the package holds it once:
// - the related-words table (server/src/core/text/related-words.json), a third of the server's
//   size: in a browser, similar claims are found by the words they share;
// - the table of places within countries (places-within.json): there, only countries are told apart;
// - the fast reader of plain claims files (server/src/core/ledger/plain.ts) and its YAML parser:
//   there, the full reader reads every claims file, to the same entries, more slowly.
const nodeOnly = {
  name: 'node-only',
  setup(b) {
    b.onLoad({ filter: /related-words\.json$/ }, () => ({ contents: '{"stems":"","related":""}', loader: 'json' }));
    b.onLoad({ filter: /places-within\.json$/ }, () => ({ contents: '{"places":""}', loader: 'json' }));
    b.onLoad({ filter: /core[\\/]ledger[\\/]plain\.ts$/ }, () => ({
      contents: 'export const readPlainLedger = () => undefined; export function* readPlainLedgerInSlices() { return undefined; }',
      loader: 'ts',
    }));
  },
};

const common = {
  bundle: true,
  plugins: [noFetch],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // ESM dependencies read import.meta.url, which CommonJS lacks: give them this file's URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// What the server says of itself: its version, and where its finding codes are documented.
const serverConstants = { ...common.define, PACKAGE_VERSION: JSON.stringify(version), DOCS_URL: JSON.stringify(homepage.replace(/#.*$/, '')) };

await build({
  ...common,
  entryPoints: { cli: 'server/src/cli/main.ts', server: 'server/src/lsp/main.ts' },
  outdir: 'dist',
  minify: true,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  define: serverConstants,
});

// The extension runs in VS Code's extension host, which provides the `vscode` module. Two bundles:
// the activated one stays tiny and loads the language client (./client.js) at run time.
await build({
  ...common,
  entryPoints: { extension: 'client/src/extension.ts' },
  outdir: 'dist',
  minify: true,
  external: ['vscode', './client.js'],
  // require() rather than import(): VS Code provides `vscode` to require()d modules.
  supported: { 'dynamic-import': false },
});
await build({
  ...common,
  entryPoints: { client: 'client/src/client.ts' },
  outdir: 'dist',
  minify: true,
  external: ['vscode'],
});

// The extension in a browser (vscode.dev, github.dev): its entry, and the language server as a web
// worker. No Node built-ins there: paths are POSIX paths (path-browserify), files the client's.
const browser = {
  bundle: true,
  plugins: [noFetch],
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
  alias: { 'node:path': 'path-browserify', path: 'path-browserify' },
};
await build({ ...browser, entryPoints: { browser: 'client/src/browser.ts' }, outdir: 'dist', format: 'cjs', external: ['vscode'] });
// A web worker has no DOM: packages that decode with one in a page take their worker build.
await build({ ...browser, plugins: [...browser.plugins, nodeOnly], entryPoints: { browserServer: 'server/src/lsp/browserMain.ts' }, outdir: 'dist', format: 'iife', conditions: ['worker'], define: serverConstants });

if (process.argv.includes('--tests')) {
  const tests = await glob('test/**/*.test.ts', { ignore: ['test/fixtures/**'] });
  await build({
    ...common,
    entryPoints: tests,
    outbase: 'test',
    outdir: 'out/test',
    external: ['mocha'],
    // In-process tests of the language server's mappings run its code as the server bundle does.
    define: serverConstants,
  });
}
