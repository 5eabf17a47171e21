import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Diagnostic, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { serversPerTest, type LspServer } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

/** `count` entries from number `from` on, each matched by "generated phrase N"; the even ones are rated false. */
function entries(count: number, from = 0): string {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return `  - id: claim-${i}\n    claim: Generated claim number ${i}.\n    match: [generated phrase ${i}]\n    rating: ${i % 2 === 0 ? 'false' : 'true'}\n    sources:\n      - url: https://example.org/${i}\n`;
  }).join('');
}

/**
 * A claims file of 14,000 entries (2 MB) with `flaw` in the middle: the fast reader gives up there,
 * and the full reader, on the worker thread, takes seconds on it.
 */
function long(flaw: string): string {
  return 'claims:\n' + entries(7_000) + flaw + entries(7_000, 7_000);
}

const DEATHS = 'claims:\n  - id: deaths\n    claim: Forty people died.\n    match: [40 people died]\n    rating: false\n';
const SAID = 'The minister said that 40 people died.\n';

function message(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}

/** The entries a draft's diagnostics point at (their related information), as "id (rating)". */
function related(published: PublishDiagnosticsParams): string[] {
  return published.diagnostics.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.message.split(':')[0] ?? ''));
}

const UNKNOWN_FIELD = 'in an entry: expected id, claim, match, rating, sources, reviewed, reviewer, notes. It is ignored.';
/** A long claims file with a typo in the middle (a missing colon), and the problems it has. */
const BROKEN = long('  - id: typo\n    rating true\n');
const BROKEN_PROBLEMS = ['42003: Syntax error: Implicit map keys need to be followed by map values', `42003: Unknown field "rating true" ${UNKNOWN_FIELD}`];

/** Diagnostics as "line: message", sorted. */
function published(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}: ${message(d)}`).sort();
}

async function changedOnDisk(server: LspServer, path: string, text: string): Promise<void> {
  writeFileSync(path, text);
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(path).toString(), type: FileChangeType.Changed }] });
}

describe('lsp: long claims files are read without holding up the server', function () {
  // The full reader takes seconds on each long file.
  this.timeout(60_000);
  const servers = serversPerTest();

  /** A server on a folder whose claims file holds DEATHS, with draft a.md open: `text`, which matches it. */
  async function withDraft(text: string): Promise<{ server: LspServer; ws: string; a: string; claimsPath: string }> {
    const ws = makeWorkspace({ 'claims.yaml': DEATHS });
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const a = join(ws, 'a.md');
    assert.deepEqual(related(await server.open(a, text)), ['deaths (false)']);
    return { server, ws, a, claimsPath: join(ws, 'claims.yaml') };
  }

  /** Hovers over "40" in the first line of `path`; the hover's text. */
  async function hoverText(server: LspServer, path: string): Promise<string> {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI.file(path).toString() }, position: { line: 0, character: 24 } });
    return ((hover?.contents ?? { value: '' }) as MarkupContent).value;
  }

  it('answers hovers and checks other drafts while a long broken claims file is read, then publishes its problems and checks the drafts again', async () => {
    const { server, ws, a, claimsPath } = await withDraft(SAID);

    const order: string[] = [];
    const problems = server.nextDiagnostics(claimsPath, (p) => p.diagnostics.length > 0).then((p) => (order.push('claims file'), p));
    const recheckedA = server.nextDiagnostics(a);
    await changedOnDisk(server, claimsPath, BROKEN);
    const hover = hoverText(server, a).then((h) => (order.push('hover'), h));
    const b = server.open(join(ws, 'b.md'), SAID).then((p) => (order.push('other draft'), p));

    // Until the new version is read, the one before stays in effect.
    assert.match(await hover, /deaths/);
    assert.deepEqual(related(await b), ['deaths (false)']);
    const { diagnostics } = await problems;
    assert.deepEqual(order, ['hover', 'other draft', 'claims file']);
    // The version read cannot be used: its problems, under a note that the last readable version stays in effect.
    assert.equal(message(diagnostics[0]), 'This version of the claims file cannot be read, so the last readable version (1 entry) stays in effect until it is fixed.');
    assert.deepEqual(published(diagnostics.slice(1)), BROKEN_PROBLEMS);
    assert.deepEqual(related(await recheckedA), ['deaths (false)']);
  });

  it('answers hovers while a long valid claims file is read here a slice at a time, then checks the drafts with its entries', async () => {
    const { server, a, claimsPath } = await withDraft(`${SAID}\nThe minister said that generated phrase 30000 held.\n`);

    const order: string[] = [];
    // 5 MB, plain: read by the fast reader, here.
    const valid = 'claims:\n' + entries(35_000);
    const read = server.nextDiagnostics(claimsPath).then((p) => (order.push('claims file'), p));
    const recheckedA = server.nextDiagnostics(a);
    await changedOnDisk(server, claimsPath, valid);
    const hover = hoverText(server, a).then((h) => (order.push('hover'), h));

    assert.match(await hover, /deaths/);
    assert.deepEqual((await read).diagnostics, []);
    assert.deepEqual(order, ['hover', 'claims file']);
    assert.deepEqual(related(await recheckedA), ['claim-30000 (false)']);
  });

  it('ends with the newer version of a claims file replaced while the older one is being read', async () => {
    const { server, ws, a, claimsPath } = await withDraft(SAID);

    // Long enough to be read on the worker too, after the older one; recognised by its unknown field.
    const newer = 'claims:\n  - id: recounted\n    claim: Forty people died, recounted.\n    match: [40 people died]\n    rating: misleading\n    color: red\n    sources: [https://example.org/recount]\n' + entries(100);
    const newerProblems = server.nextDiagnostics(claimsPath, (p) => p.diagnostics.some((d) => message(d).includes('"color"')));
    const recheckedA = server.nextDiagnostics(a, (p) => related(p).includes('recounted (misleading)'));
    await changedOnDisk(server, claimsPath, BROKEN);
    await changedOnDisk(server, claimsPath, newer);

    const newerPublished = [`6: Unknown field "color" ${UNKNOWN_FIELD}`];
    assert.deepEqual(published((await newerProblems).diagnostics), newerPublished);
    assert.deepEqual(related(await recheckedA), ['recounted (misleading)']);
    // The older version, stopped (or read and dropped) before the newer one was read, was never
    // published nor used: the newer version is the last published.
    const versions = server.allDiagnostics(claimsPath).map((p) => published(p.diagnostics));
    assert.deepEqual(versions.at(-1), newerPublished);
    assert.ok(versions.every((problems) => !problems.some((p) => p.includes('Implicit map keys'))), JSON.stringify(versions));
    assert.deepEqual(related(await server.open(join(ws, 'b.md'), SAID)), ['recounted (misleading)']);
  });

  it('checks a draft with its claims file once that is first read, and drafts of other folders meanwhile', async () => {
    // Readable, with a problem: read by the full reader, its entries used.
    const slow = makeWorkspace({ 'claims.yaml': long('  - id: colored\n    rating: true\n    color: red\n    sources: [https://example.org/colored]\n') });
    const quick = makeWorkspace({ 'claims.yaml': DEATHS });
    const server = await servers.start({ folders: [slow, quick] });
    const order: string[] = [];
    const slowProblems = server.firstDiagnostics(join(slow, 'claims.yaml')).then((p) => (order.push('long claims file'), p));
    const waiting = server.open(join(slow, 'a.md'), 'The minister said that generated phrase 7000 held.\n');
    const other = server.open(join(quick, 'b.md'), SAID).then((p) => (order.push('other folder'), p));

    assert.deepEqual(related(await other), ['deaths (false)']);
    assert.deepEqual(published((await slowProblems).diagnostics), [`42004: Unknown field "color" ${UNKNOWN_FIELD}`]);
    assert.deepEqual(order, ['other folder', 'long claims file']);
    // Never checked without its claims file: its first diagnostics point at an entry of it.
    assert.deepEqual(related(await waiting), ['claim-7000 (false)']);
  });
});
