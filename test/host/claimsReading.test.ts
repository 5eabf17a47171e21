import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseLedger, type LedgerParseResult } from '../../server/src/core/ledger';
import { parseClaimsText } from '../../server/src/host/claimsFile';
import { DEFAULT_LIMITS, Parsing, type ParsingLimits } from '../../server/src/host/parsing';
import { ParseWorker } from '../../server/src/host/parseWorker';
import { repoRoot } from '../helpers/fixtures';

// The server's bundle reads claims files when it is started as a worker thread.
const WORKER = join(repoRoot, 'dist', 'server.js');

/** A claims file of `count` entries, `extra` added to its last entry: with 100 or more, longer than is read at once. */
function claims(count: number, extra = ''): string {
  const entries = Array.from({ length: count }, (_, i) => [
    `  - id: claim-${i}`,
    // Characters past U+FFFF, and one that is no character at all, come back as they were.
    `    claim: "Claim ${i} 🦆 \\uD800 said so."`,
    `    match: [phrase number ${i}, other phrase ${i}]`,
    `    rating: ${i % 2 === 0 ? 'false' : 'true'}`,
    '    sources:',
    `      - url: https://example.org/${i}`,
    `        title: Report ${i}`,
  ]);
  return ['claims:', ...entries.flat()].join('\n') + extra + '\n';
}

/** One that only the full reader reads, on the worker: an unknown field in its last entry. */
const FLAWED = claims(300, '\n    color: red');

/** An unclosed flow list of ",-": the full reader's slowest input, about 20 µs a character, so ten seconds for this. */
const SLOW = 'claims: [' + ',-'.repeat(250_000);

describe('host/parsing: claims files', function () {
  this.timeout(60_000);
  const running: Parsing[] = [];
  const parsing = (script: string = WORKER, limits: ParsingLimits = DEFAULT_LIMITS): Parsing => {
    const p = new Parsing(() => new ParseWorker(script), limits);
    running.push(p);
    return p;
  };
  afterEach(() => {
    for (const p of running.splice(0)) p.dispose();
  });

  it('reads a long claims file in steps here or on the worker with the entries and problems the reader gives at once', async () => {
    const p = parsing();
    // Plain: read here. An unknown field and a repeated id, a syntax error: on the worker.
    const plain = claims(200);
    const flawed = claims(200, '\n    color: red\n  - id: claim-3\n    rating: true');
    const broken = claims(200, '\n   rating: [');
    for (const text of [plain, flawed, broken]) {
      assert.ok(text.length > DEFAULT_LIMITS.claimsLocalLength);
      assert.deepEqual(await p.readClaims({ text }), parseLedger(text));
    }
    const flawedResult = parseLedger(flawed);
    assert.equal(flawedResult.readable, true);
    assert.equal(flawedResult.entries.length, 200);
    assert.deepEqual(flawedResult.problems.map((q) => q.severity), ['warning', 'error']);
    assert.equal(parseLedger(broken).readable, false);
    // A long file that stops being UTF-8 is unreadable where it breaks, as a short one is.
    const notUtf8 = { text: plain + 'notes: caf\uFFFD', invalidAt: plain.length + 10 };
    assert.deepEqual(await p.readClaims(notUtf8), parseClaimsText(notUtf8));
  });

  it('reads a short claims file and a long one the plain reader reads here, and the others on the worker thread', async () => {
    // A worker that cannot start: only what runs on it fails.
    const p = parsing(join(repoRoot, 'test', 'fixtures', 'no-such-worker.js'));
    const short = claims(2, '\n    color: red');
    assert.ok(short.length <= DEFAULT_LIMITS.claimsLocalLength);
    assert.deepEqual(await p.readClaims({ text: short }), parseLedger(short));
    const plain = claims(300);
    assert.deepEqual(await p.readClaims({ text: plain }), parseLedger(plain));
    const result = await p.readClaims({ text: FLAWED });
    assert.deepEqual(result.entries, []);
    assert.equal(result.readable, false);
    assert.deepEqual(
      result.problems.map((q) => [q.line, q.column, q.severity, q.message.split('.')[0]]),
      [[1, 1, 'error', `The claims file could not be read (${Math.ceil(Buffer.byteLength(FLAWED) / 1024)} KB): its reader failed`]],
    );
  });

  it('leaves a claims file that takes too long to read unreadable, saying so at its first line, and reads the next on a new worker', async () => {
    const p = parsing(WORKER, { ...DEFAULT_LIMITS, claimsMs: 2_000 });
    const result: LedgerParseResult = await p.readClaims({ text: SLOW });
    assert.deepEqual(result.entries, []);
    assert.equal(result.readable, false);
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.deepEqual([problem?.line, problem?.column, problem?.severity, problem?.span], [1, 1, 'error', { start: 0, end: 0 }]);
    assert.match(problem?.message ?? '', /^The claims file could not be read in time \(489 KB\): reading it was stopped after 2 seconds\. Its entries are not used until it can be read\./);
    assert.deepEqual(await p.readClaims({ text: FLAWED }), parseLedger(FLAWED));
  });

  it('stops a reading no longer wanted, and goes on with the next at once', async () => {
    // Were the first reading not stopped, it would take all the time both may take, and the
    // second would be left unread.
    const p = parsing(WORKER, { ...DEFAULT_LIMITS, claimsMs: 3_000 });
    await p.readClaims({ text: FLAWED });
    const stop = new AbortController();
    const unwanted = p.readClaims({ text: SLOW }, stop.signal);
    const wanted = p.readClaims({ text: FLAWED });
    // By now the first reading is under way on the worker.
    await new Promise(setImmediate);
    stop.abort();
    assert.equal(await unwanted, undefined);
    assert.deepEqual(await wanted, parseLedger(FLAWED));
    // One not yet begun on the worker is skipped, one being read here in steps stopped.
    const skipped = new AbortController();
    const queued = [p.readClaims({ text: SLOW }, skipped.signal), p.readClaims({ text: FLAWED })];
    skipped.abort();
    assert.equal(await queued[0], undefined);
    assert.deepEqual(await queued[1], parseLedger(FLAWED));
    const stopped = new AbortController();
    const plain = p.readClaims({ text: claims(1_000) }, stopped.signal);
    stopped.abort();
    assert.equal(await plain, undefined);
  });
});
