import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readClaimsText } from '../../server/src/host/claimsFile';
import { readDraft } from '../../server/src/host/draftFile';
import { OutsideFolderError } from '../../server/src/host/folder';
import { nodeFiles } from '../../server/src/host/nodeFiles';
import { readRegularFile } from '../../server/src/host/readFile';
import { makeWorkspace } from '../helpers/workspace';

const NOT_REGULAR = /it is not a regular file \(a FIFO, device or socket\)/;

describe('host/readFile', () => {
  it('reads a regular file whole when it is within the limit', () => {
    const dir = makeWorkspace({ 'a.md': 'Twelve bytes' });
    const read = readRegularFile(join(dir, 'a.md'), 12);
    assert.equal(Buffer.from(read.bytes).toString('utf8'), 'Twelve bytes');
    assert.equal(read.complete, true);
  });

  it('reads a file over the limit only up to the limit, and says it goes on', () => {
    const dir = makeWorkspace({ 'a.md': 'Fourteen bytes' });
    const read = readRegularFile(join(dir, 'a.md'), 12);
    assert.equal(Buffer.from(read.bytes).toString('utf8'), 'Fourteen byt');
    assert.equal(read.complete, false);
    assert.equal(read.size, 14);
  });

  it('reads a file whose reported size is wrong as far as it goes, no further than the limit', () => {
    // Linux reports a size of 0 for the files of /proc, which have text all the same.
    const whole = readRegularFile('/proc/self/status', 1024 * 1024);
    assert.match(Buffer.from(whole.bytes).toString('utf8'), /^Name:\t.*\n[^]*\nPid:\t\d+\n/);
    assert.deepEqual([whole.size, whole.complete], [0, true]);
    const cut = readRegularFile('/proc/self/status', 10);
    assert.deepEqual([cut.bytes.length, cut.complete], [10, false]);
  });

  it('refuses a FIFO with no writer at once instead of waiting for one', async () => {
    const dir = makeWorkspace();
    const fifo = join(dir, 'claims.yaml');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => readRegularFile(fifo, 1024), NOT_REGULAR);
    await assert.rejects(readClaimsText(nodeFiles, fifo), NOT_REGULAR);
    await assert.rejects(readDraft(nodeFiles, fifo, 1000), NOT_REGULAR);
  });

  it('refuses a device, whose reported size of 0 would let it be read without end', async () => {
    assert.throws(() => readRegularFile('/dev/zero', 1024), NOT_REGULAR);
    await assert.rejects(readClaimsText(nodeFiles, '/dev/zero'), NOT_REGULAR);
  });

  it('refuses a folder', () => {
    const dir = makeWorkspace();
    assert.throws(() => readRegularFile(dir, 1024), /^Error: it is a folder$/);
  });

  it('follows a link that stays inside the folder, and refuses one that leads out of it unless no folder is given', async () => {
    const outside = makeWorkspace({ 'secret.yaml': 'claims: []\n' });
    const dir = makeWorkspace({ 'stories/claims.yaml': 'claims:\n  - id: b\n' });
    symlinkSync(join(dir, 'stories', 'claims.yaml'), join(dir, 'inside.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'claims.yaml'));
    assert.equal((await readClaimsText(nodeFiles, join(dir, 'inside.yaml'), dir)).text, 'claims:\n  - id: b\n');
    await assert.rejects(
      readClaimsText(nodeFiles, join(dir, 'claims.yaml'), dir),
      (error: unknown) => error instanceof OutsideFolderError && error.real === realpathSync(join(outside, 'secret.yaml')),
    );
    // A file named explicitly (--claims, the claimsFile setting) is read wherever it is.
    assert.equal((await readClaimsText(nodeFiles, join(dir, 'claims.yaml'))).text, 'claims: []\n');
  });

  it('refuses a link into a subfolder that is itself a link out', async () => {
    const outside = makeWorkspace({ 'claims.yaml': 'claims: []\n' });
    const dir = makeWorkspace();
    symlinkSync(outside, join(dir, 'shared'));
    await assert.rejects(readClaimsText(nodeFiles, join(dir, 'shared', 'claims.yaml'), dir), OutsideFolderError);
  });

  it('reads a draft up to the bytes its maximum length can take, dropping a byte-order mark', async () => {
    const dir = makeWorkspace({ 'long.md': '\ufeff' + 'x'.repeat(100) });
    // Bytes enough for 10 characters and one more, each up to 3 bytes of UTF-8 (the mark's 3 among them).
    assert.equal(await readDraft(nodeFiles, join(dir, 'long.md'), 10), 'x'.repeat(33));
    assert.equal(await readDraft(nodeFiles, join(dir, 'long.md'), 1000), 'x'.repeat(100));
  });
});
