import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigFiles, configRoot, MAX_CONFIG_FILE_BYTES } from '../../server/src/host/configFiles';
import { DraftConfigs } from '../../server/src/host/draftConfig';
import { nodeFiles } from '../../server/src/host/nodeFiles';
import { makeWorkspace } from '../helpers/workspace';

/** Writes `text` to `path` with a modification time `seconds` after the epoch's first day, so that a rewrite is seen whatever the clock's resolution. */
function rewrite(path: string, text: string, seconds: number): void {
  writeFileSync(path, text);
  utimesSync(path, 86_400 + seconds, 86_400 + seconds);
}

describe('host/configFiles', () => {
  it('reads the files from the workspace root down to the draft’s folder, the nearer winning, and none above the root', async () => {
    const outer = makeWorkspace({
      '.fact-check.yaml': 'reviewMaxAgeDays: 1\n',
      'ws/.fact-check.yaml': 'claimsFile: ledger/claims.yaml\nsourceScope: paragraph\nseverity: {weak-backing: off}\n',
      'ws/desk/.fact-check.json': '{"sourceScope": "sentence", "bibliography": ["../refs.bib", "/abs/refs.json"]}',
      'ws/desk/story.md': '',
    });
    const root = join(outer, 'ws');
    const config = await new ConfigFiles(nodeFiles).forDraft(join(root, 'desk', 'story.md'), root);
    assert.deepEqual(config.files.map((f) => f.path), [join(root, '.fact-check.yaml'), join(root, 'desk', '.fact-check.json')]);
    assert.equal(config.merged.sourceScope, 'sentence');
    assert.deepEqual(config.merged.severity, { 'weak-backing': 'off' });
    assert.equal(config.merged.reviewMaxAgeDays, undefined);
    // Paths are relative to the file that names them.
    assert.equal(config.claimsFile, join(root, 'ledger', 'claims.yaml'));
    assert.deepEqual(config.bibliographies, [join(root, 'refs.bib'), '/abs/refs.json']);
  });

  it('prefers .fact-check.yaml to .yml and .json in one folder', async () => {
    const root = makeWorkspace({ '.fact-check.json': '{"sourceScope": "sentence"}', '.fact-check.yml': 'sourceScope: sentence\n', '.fact-check.yaml': 'sourceScope: paragraph\n' });
    const config = await new ConfigFiles(nodeFiles).forFolder(root, root);
    assert.deepEqual(config.files.map((f) => f.path), [join(root, '.fact-check.yaml')]);
    assert.equal(config.merged.sourceScope, 'paragraph');
  });

  it('ignores drafts as a .gitignore would, each file’s patterns from its own folder, a nearer file adding to them', async () => {
    const root = makeWorkspace({
      '.fact-check.yaml': 'ignore: [archive/, "*.draft.md", "!keep.draft.md"]\n',
      'desk/.fact-check.yaml': 'ignore: wires\n',
    });
    const files = new ConfigFiles(nodeFiles);
    const ignores = async (path: string): Promise<boolean> => (await files.forDraft(join(root, path), root)).ignores(join(root, path));
    assert.equal(await ignores('story.md'), false);
    assert.equal(await ignores('archive/2019/old.md'), true);
    assert.equal(await ignores('desk/archive/old.md'), true);
    assert.equal(await ignores('desk/story.draft.md'), true);
    assert.equal(await ignores('desk/keep.draft.md'), false);
    assert.equal(await ignores('desk/wires/ap.md'), true);
    // The desk's pattern is the desk's: "wires" at the top is not under it.
    assert.equal(await ignores('wires/ap.md'), false);
  });

  it('keeps the same rules while the files stay the same, and reads a file again once it changes', async () => {
    const root = makeWorkspace({ 'desk/story.md': '' });
    const path = join(root, '.fact-check.yaml');
    rewrite(path, 'sourceScope: paragraph\n', 1);
    const files = new ConfigFiles(nodeFiles);
    const draft = join(root, 'desk', 'story.md');
    const first = await files.forDraft(draft, root);
    assert.equal(await files.forDraft(draft, root), first);
    rewrite(path, 'sourceScope: sentence\n', 2);
    const second = await files.forDraft(draft, root);
    assert.notEqual(second, first);
    assert.equal(second.merged.sourceScope, 'sentence');
  });

  it('remembers which folders hold a file until told one appeared, unless asked not to', async () => {
    const root = makeWorkspace({ 'desk/story.md': '' });
    const draft = join(root, 'desk', 'story.md');
    const files = new ConfigFiles(nodeFiles);
    assert.deepEqual((await files.forDraft(draft, root)).files, []);
    writeFileSync(join(root, 'desk', '.fact-check.yaml'), 'sourceScope: paragraph\n');
    assert.deepEqual((await files.forDraft(draft, root)).files, []);
    assert.equal((await files.forDraft(draft, root, false)).files.length, 1);
    files.forgetPaths();
    assert.equal((await files.forDraft(draft, root)).merged.sourceScope, 'paragraph');
  });

  it('reports a file it cannot read at its start, and applies none of it', async () => {
    const root = makeWorkspace({ 'huge/.fact-check.yaml': `# ${'x'.repeat(MAX_CONFIG_FILE_BYTES)}\n`, 'outside/.fact-check.yaml': 'sourceScope: paragraph\n' });
    mkdirSync(join(root, 'folder', '.fact-check.yaml'), { recursive: true });
    mkdirSync(join(root, 'latin1'));
    writeFileSync(join(root, 'latin1', '.fact-check.yaml'), Buffer.from('# caf\xe9\nsourceScope: paragraph\n', 'latin1'));
    mkdirSync(join(root, 'ws', 'linked'), { recursive: true });
    symlinkSync(join(root, 'outside', '.fact-check.yaml'), join(root, 'ws', 'linked', '.fact-check.yaml'));
    const read = async (dir: string, within = root): Promise<string[]> => {
      const config = await new ConfigFiles(nodeFiles).forFolder(join(within, dir), within);
      assert.deepEqual(config.merged.sourceScope, undefined);
      return config.files.flatMap((f) => f.parsed.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`));
    };
    assert.deepEqual(await read('huge'), ['1:1 error Cannot read the configuration file: it is over the 1024 KB a configuration file may have. None of it applies until it can be read.']);
    assert.deepEqual(await read('folder'), ['1:1 error Cannot read the configuration file: it is a folder. None of it applies until it can be read.']);
    assert.deepEqual(await read('latin1'), ['1:1 error Cannot read the configuration file: it is not valid UTF-8: save it as UTF-8. None of it applies until it can be read.']);
    // A link out of the workspace is not followed: a cloned repository cannot make the tools read elsewhere.
    assert.match((await read('linked', join(root, 'ws')))[0] ?? '', /^1:1 error Cannot read the configuration file: it links to .*outside.*\. None of it applies/);
  });

  it('leaves out the restricted keys while the workspace is not trusted, and reads them once it is', async () => {
    const root = makeWorkspace({ '.fact-check.yaml': 'claimsFile: ledger.yaml\nextraPhrases: [went on record]\nsourceScope: paragraph\n' });
    let trusted = false;
    const files = new ConfigFiles(nodeFiles, () => trusted);
    const untrusted = await files.forFolder(root, root);
    assert.equal(untrusted.claimsFile, undefined);
    assert.equal(untrusted.merged.extraPhrases, undefined);
    assert.equal(untrusted.merged.sourceScope, 'paragraph');
    trusted = true;
    assert.equal((await files.forFolder(root, root)).claimsFile, join(root, 'ledger.yaml'));
  });

  it('takes, on the command line, the repository as the root, else the current folder, else the draft’s folder', async () => {
    const dir = makeWorkspace({ 'repo/desk/a.md': '', 'loose/desk/b.md': '' });
    mkdirSync(join(dir, 'repo', '.git'));
    assert.equal(await configRoot(nodeFiles, join(dir, 'repo', 'desk', 'a.md'), join(dir, 'repo', 'desk')), join(dir, 'repo'));
    assert.equal(await configRoot(nodeFiles, join(dir, 'loose', 'desk', 'b.md'), join(dir, 'loose')), join(dir, 'loose'));
    assert.equal(await configRoot(nodeFiles, join(dir, 'loose', 'desk', 'b.md'), join(dir, 'repo')), join(dir, 'loose', 'desk'));
  });
});

describe('host/draftConfig: the command line’s rules for a draft', () => {
  it('lets flags given win over the files, and shares one set of options among a folder’s drafts', async () => {
    const root = makeWorkspace({ '.fact-check.yaml': 'claimsFile: ledger.yaml\nbibliography: refs.bib\nsourceScope: paragraph\nreviewMaxAgeDays: 30\nkinds: {quantity: false}\n' });
    const fromFiles = new DraftConfigs(nodeFiles, { bibliographies: [] }, root, '2024-01-01');
    const a = await fromFiles.of(join(root, 'a.md'));
    assert.equal(await fromFiles.of(join(root, 'b.md')), a);
    assert.deepEqual([a.claimsFile, a.bibliographies, a.options.sourceScope, a.options.reviewMaxAgeDays, a.options.kinds.quantity, a.options.today], [join(root, 'ledger.yaml'), [join(root, 'refs.bib')], 'paragraph', 30, false, '2024-01-01']);

    const flagged = await new DraftConfigs(nodeFiles, { claims: 'other.yaml', bibliographies: ['more.bib'], scope: 'sentence', reviewMaxAgeDays: 0 }, root, '2024-01-01').of(join(root, 'a.md'));
    assert.deepEqual([flagged.claimsFile, flagged.bibliographies, flagged.options.sourceScope, flagged.options.reviewMaxAgeDays, flagged.options.kinds.quantity], [join(root, 'other.yaml'), [join(root, 'more.bib')], 'sentence', 0, false]);
  });
});
