import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globFiles, markdownFiles } from '../../server/src/host/markdownFiles';
import { makeWorkspace } from '../helpers/workspace';

/** A folder with links inside it and out of it: `outside` holds a draft and a folder of drafts. */
function linkedWorkspace(): { dir: string; outside: string } {
  const outside = makeWorkspace({ 'secret.md': 'Secret.\n', 'usr/share/doc.md': 'Far away.\n' });
  const dir = makeWorkspace({ 'a.md': 'A.\n', 'stories/b.md': 'B.\n', 'node_modules/pkg/README.md': 'Dependency.\n' });
  symlinkSync(join(outside, 'secret.md'), join(dir, 'secret.md'));
  symlinkSync(join(outside, 'usr'), join(dir, 'usr'));
  symlinkSync(join(dir, 'stories'), join(dir, 'alias'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'same.md'));
  return { dir, outside };
}

describe('host/markdownFiles', () => {
  it('lists a folder\'s Markdown files, following links that stay inside it and none that lead out', async () => {
    const { dir } = linkedWorkspace();
    assert.deepEqual(
      (await markdownFiles(dir)).sort(),
      ['a.md', 'alias/b.md', 'same.md', 'stories/b.md'].map((name) => join(dir, name)),
    );
  });

  it('lists what a glob matches inside its folder, the part before the first glob character', async () => {
    const { dir, outside } = linkedWorkspace();
    mkdirSync(join(dir, 'docs'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs', 'leak.md'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      assert.deepEqual((await globFiles('**/*.md')).sort(), ['a.md', 'alias/b.md', 'same.md', 'stories/b.md']);
      assert.deepEqual(await globFiles('docs/*.md'), []);
      assert.deepEqual(await globFiles('stories/*.md'), ['stories/b.md']);
      // A folder named in the glob is where the search starts, even when it is a link.
      assert.deepEqual(await globFiles('usr/**/*.md'), ['usr/share/doc.md']);
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual((await globFiles(join(dir, 'stories', '*.md'))).map((p) => resolve(p)), [join(dir, 'stories', 'b.md')]);
  });

  it('finds nothing under a folder that does not exist', async () => {
    assert.deepEqual(await globFiles('no-such-folder/*.md'), []);
  });
});
