// Bundles the e2e programs with esbuild: the browser driver of the UI checks, the runner of the
// extension-host suite (both run on the system Node), and the suite itself, which VS Code's
// extension host loads (it provides the `vscode` module).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
await build({
  ...common,
  entryPoints: { ui: 'test/e2e/ui.ts', web: 'test/e2e/web.ts', api: 'test/e2e/api.ts' },
  outdir: 'out/e2e',
  external: ['playwright-core'],
});
await build({ ...common, entryPoints: { suite: 'test/e2e/suite/index.ts' }, outdir: 'out/e2e', external: ['vscode'] });
