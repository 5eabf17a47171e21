import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFiles } from '../../server/src/host/nodeFiles';
import { statsOnce } from '../../server/src/host/statsOnce';
import { makeWorkspace } from '../helpers/workspace';

describe('host/statsOnce', () => {
  it('looks at each path once, answering later questions as the first', async () => {
    const root = makeWorkspace({ 'claims.yaml': '[]\n' });
    const asked: string[] = [];
    const files = statsOnce({ ...nodeFiles, stat: (path) => (asked.push(path), nodeFiles.stat(path)) });
    const first = await files.stat(join(root, 'claims.yaml'));
    assert.equal(first?.size, 3);
    assert.equal(await files.stat(join(root, '.git')), undefined);
    // The run goes on with the disk as it found it.
    writeFileSync(join(root, 'claims.yaml'), '[]\n# more\n');
    mkdirSync(join(root, '.git'));
    assert.deepEqual(await files.stat(join(root, 'claims.yaml')), first);
    assert.equal(await files.stat(join(root, '.git')), undefined);
    assert.deepEqual(asked, [join(root, 'claims.yaml'), join(root, '.git')]);
    // Reading still reads the file as it is.
    assert.equal(new TextDecoder().decode((await files.read(join(root, 'claims.yaml'), 100)).bytes), '[]\n# more\n');
  });

  it('gives a path that cannot be looked at the same error each time', async () => {
    const files = statsOnce({ ...nodeFiles, stat: () => Promise.reject(new Error('permission denied')) });
    await assert.rejects(files.stat('/any'), /permission denied/);
    await assert.rejects(files.stat('/any'), /permission denied/);
  });
});
