// Runs the TextMate grammar tests in test/syntaxes/*.test.md with vscode-tmgrammar-test: the
// fact-check injection grammar injected into VS Code's Markdown grammar (text.html.markdown, as
// shipped in the tm-grammars package), as VS Code would inject it. Exits non-zero on a failure.
//
// FACT_CHECK_MD_GRAMMAR=/path/to/markdown.tmLanguage.json overrides the Markdown grammar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function markdownGrammar() {
  const override = process.env.FACT_CHECK_MD_GRAMMAR;
  if (override) return resolve(override);
  try {
    return require.resolve('tm-grammars/grammars/markdown.json');
  } catch {
    console.error('test-grammar: no Markdown grammar: install the tm-grammars devDependency or set FACT_CHECK_MD_GRAMMAR.');
    process.exit(2);
  }
}

// vscode-tmgrammar-test learns "injectTo" only from a configuration file (its -g option takes
// none), so the run gets one of its own: the two grammars, as package.json contributes them.
const dir = mkdtempSync(join(tmpdir(), 'fact-check-grammar-'));
const config = join(dir, 'package.json');
writeFileSync(config, JSON.stringify({
  contributes: {
    grammars: [
      { scopeName: 'text.html.markdown', path: relative(dir, markdownGrammar()) },
      {
        scopeName: 'markdown.fact-check.injection',
        path: relative(dir, join(root, 'syntaxes/fact-check.injection.tmLanguage.json')),
        injectTo: ['text.html.markdown'],
      },
    ],
  },
}));

const cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist/unit.js');
const run = spawnSync(process.execPath, [cli, '--config', config, ...process.argv.slice(2), 'test/syntaxes/*.test.md'], {
  cwd: root,
  encoding: 'utf8',
});
rmSync(dir, { recursive: true, force: true });
process.stdout.write(run.stdout ?? '');
// The Markdown grammar embeds ~60 languages whose grammars the run does not need: drop the
// runner's "grammar not found" notes about them, keep anything else it says.
process.stderr.write((run.stderr ?? '').split('\n').filter((l) => !/^grammar not found for /.test(l)).join('\n'));
if (run.error) throw run.error;
const passed = (run.stdout.match(/^\u2713 /gmu) ?? []).length;
const failed = (run.stdout.match(/^\u2716 /gmu) ?? []).length;
console.log(`grammar tests: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
