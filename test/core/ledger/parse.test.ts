import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KEYS, SOURCE_KEYS, TOP_LEVEL_KEYS } from '../../../server/src/core/ledger/fields';
import { parseLedger, type LedgerParseResult } from '../../../server/src/core/ledger/parse';
import { MAX_LEDGER_PROBLEMS } from '../../../server/src/core/ledger/problems';
import { isCitationKey } from '../../../server/src/core/ledger/rules';
import { RATINGS, type LedgerEntry, type LedgerProblem } from '../../../server/src/core/types';
import { dataProblems } from '../../helpers/claimsFile';
import { joinLines, readFixture, repoRoot } from '../../helpers/fixtures';

/** A problem as a writer sees it: where, how bad, what. */
function where(p: LedgerProblem): string {
  return `${p.line}:${p.column} ${p.severity}`;
}

function ids(result: LedgerParseResult): string[] {
  return result.entries.map((e) => e.id);
}

function withoutSpan({ span: _span, ...rest }: LedgerEntry): Omit<LedgerEntry, 'span'> {
  return rest;
}

/** The one problem whose message contains `part`. */
function problem(result: LedgerParseResult, part: string): LedgerProblem {
  const found = result.problems.filter((p) => p.message.includes(part));
  assert.equal(found.length, 1, `one problem with ${JSON.stringify(part)} in ${JSON.stringify(result.problems.map((p) => p.message))}`);
  return found[0] as LedgerProblem;
}

const VALID_ENTRIES: ReadonlyArray<Omit<LedgerEntry, 'span'>> = [
  {
    id: 'ukraine-war-duration',
    claim: "Russia's full-scale invasion of Ukraine began on 24 February 2022.",
    match: ['14-month conflict', 'fourteen-month war'],
    rating: 'true',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine',
        title: 'Russian invasion of Ukraine',
        publisher: 'Wikipedia',
        date: '2023-04-26',
      },
    ],
    reviewed: '2023-04-27',
    reviewer: 'Copy desk',
    notes: 'Counted from the invasion to the Xi-Zelenskiy call.',
  },
  {
    id: 'china-12-point-plan',
    claim: "On 24 February 2023 China's foreign ministry published a 12-point paper.",
    match: ['China’s 12-point peace proposal'],
    rating: 'mostly-true',
    sources: [{ url: 'https://www.fmprc.gov.cn/mfa_eng/' }],
    reviewed: '2023-04-27T09:30:00Z',
  },
  {
    id: 'ex-soviet-states-status',
    claim: 'Ex-Soviet states have no actual status in international law.',
    match: ['did not have an actual status in international law'],
    rating: 'false',
    sources: [],
  },
  { id: 'doi:10.1000/182', match: [], rating: 'unverified', sources: [] },
];

describe('parseLedger', () => {
  describe('a valid claims file', () => {
    it('reads every entry of a YAML file, noting those without sources', () => {
      const result = parseLedger(readFixture('ledger/valid.yaml'));
      assert.deepEqual(result.problems.map((p) => `${where(p)} ${p.message}`), [
        '25:5 warning Entry "ex-soviet-states-status" is rated false but gives no sources: add the sources it was checked against.',
        '31:5 information Entry "doi:10.1000/182" is unverified and gives no sources yet.',
      ]);
      assert.deepEqual(result.entries.map(withoutSpan), VALID_ENTRIES);
    });

    it('reads the same entries from the JSON file', () => {
      const result = parseLedger(readFixture('ledger/valid.json'));
      assert.deepEqual(result.problems.map((p) => p.severity), ['warning', 'information']);
      assert.deepEqual(result.entries.map(withoutSpan), VALID_ENTRIES);
    });

    it("gives each entry the span of its list item", () => {
      const text = readFixture('ledger/valid.yaml');
      const [first, , , last] = parseLedger(text).entries;
      assert.ok(first && last);
      assert.match(text.slice(first.span.start, first.span.end), /^id: ukraine-war-duration\n[^]*reviewer: Copy desk\n/);
      assert.equal(text.slice(last.span.start, last.span.end).trim(), 'id: doi:10.1000/182');
    });

    it('reads the booleans of "rating: true" and "rating: false" as those ratings', () => {
      const result = parseLedger(joinLines('claims:', '  - id: a', '    rating: TRUE', '  - id: b', '    rating: false'));
      assert.deepEqual(dataProblems(result), []);
      assert.deepEqual(
        result.entries.map((e) => e.rating),
        ['true', 'false'],
      );
    });

    it('counts an entry without a rating as unverified, noting only that it gives no sources yet', () => {
      const result = parseLedger(joinLines('claims:', '  - id: a', '    rating:'));
      assert.deepEqual(result.problems.map((p) => `${where(p)} ${p.message}`), ['2:5 information Entry "a" is unverified and gives no sources yet.']);
      assert.equal(result.entries[0]?.rating, 'unverified');
    });

    it('follows aliases, so entries can share sources', () => {
      const result = parseLedger(
        joinLines('claims:', '  - id: a', '    sources: &un', '      - https://un.org/report', '  - id: b', '    sources: *un'),
      );
      assert.deepEqual(result.problems, []);
      assert.deepEqual(
        result.entries.map((e) => e.sources),
        [[{ url: 'https://un.org/report' }], [{ url: 'https://un.org/report' }]],
      );
    });

    for (const [name, text] of [
      ['an empty file', ''],
      ['a file of comments', '# No claims checked yet.\n'],
      ['an empty list', 'claims: []\n'],
      ['an empty "claims:"', 'claims:\n'],
      ['an empty JSON list', '{ "claims": [] }'],
    ]) {
      it(`accepts ${name}`, () => {
        assert.deepEqual(parseLedger(text ?? ''), { entries: [], problems: [], readable: true });
      });
    }
  });

  it('warns about a match phrase too long to be looked for, and keeps the entry and its other phrases', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const result = parseLedger(`claims:\n  - id: a\n    match: [short phrase, "${long}"]\n`);
    assert.deepEqual(result.entries.map((e) => [e.id, e.match]), [['a', ['short phrase']]]);
    assert.deepEqual(result.problems.map(where), ['2:5 information', '3:27 warning']);
    assert.match(result.problems[1]?.message ?? '', /more than 32 words, so it is not looked for in drafts/);
  });

  describe('a claims file with broken entries', () => {
    const result = parseLedger(readFixture('ledger/broken.yaml'));

    it('keeps every usable entry', () => {
      assert.deepEqual(ids(result), ['good-one', 'unknown-rating', 'bad-match', 'bad-sources', 'bad-fields', 'match-mapping']);
    });

    it('reports each problem where it is, errors for dropped entries and warnings for the rest', () => {
      const expected = [
        ['3:5 warning', 'Entry "good-one" is rated mostly-true but gives no sources'],
        ['7:9 error', 'Duplicate id "good-one"'],
        ['9:5 error', 'Entry without an id'],
        ['10:9 error', 'Invalid id "has space"'],
        ['11:9 error', 'The id must be text, not a number'],
        ['12:5 error', 'Each entry of "claims" must be a mapping'],
        ['13:5 information', 'Entry "unknown-rating" is unverified and gives no sources yet.'],
        ['14:13 warning', 'Unknown rating "maybe"'],
        ['15:5 information', 'Entry "bad-match" is unverified and gives no sources yet.'],
        ['16:24 warning', 'A "match" phrase must be text, not a number'],
        ['16:28 warning', 'Empty "match" phrase'],
        ['16:32 warning', 'The "match" phrase "—" has no words or numbers'],
        ['19:9 warning', 'Source without a url'],
        ['20:14 warning', 'Invalid source URL "ftp://example.org/file"'],
        ['21:14 warning', 'Invalid source URL "not a url"'],
        ['24:15 warning', 'Invalid date "2023-02-30" for "date"'],
        ['25:9 warning', 'Unknown field "colour" in a source'],
        ['26:5 information', 'Entry "bad-fields" is unverified and gives no sources yet.'],
        ['27:12 warning', '"claim" must be text, not a list'],
        ['28:15 warning', 'Invalid date "27/04/2023" for "reviewed"'],
        ['29:15 warning', '"reviewer" must be text, not a number'],
        ['30:12 warning', '"notes" must be text, not true/false'],
        ['31:5 warning', 'Unknown field "source" in an entry'],
        ['32:5 information', 'Entry "match-mapping" is unverified and gives no sources yet.'],
        ['33:12 warning', '"match" must be a phrase or a list of phrases, not a mapping'],
      ];
      assert.deepEqual(
        result.problems.map((p, i) => [where(p), p.message.startsWith(expected[i]?.[1] ?? '\0') ? expected[i]?.[1] : p.message]),
        expected,
      );
    });

    it('names the line of the first entry that used a duplicate id', () => {
      assert.equal(problem(result, 'Duplicate id').message, 'Duplicate id "good-one": the entry on line 3 already uses it, so this entry is ignored.');
      // The first entry wins.
      assert.equal(result.entries[0]?.claim, 'This entry is fine.');
    });

    it('lists the ratings a writer can use', () => {
      assert.match(problem(result, 'Unknown rating').message, /^Unknown rating "maybe": expected one of true, mostly-true, mixed, misleading, false, unverified\./);
      assert.equal(result.entries.find((e) => e.id === 'unknown-rating')?.rating, 'unverified');
    });

    it('explains what a valid id looks like', () => {
      assert.match(problem(result, 'Invalid id').message, /starts with a letter, digit or _.*no spaces/);
      assert.match(problem(result, 'must be text, not a number, so').message, /Write it in quotes: id: "2022"\./);
    });

    it('keeps the valid phrases and sources of a partly broken entry', () => {
      const byId = new Map(result.entries.map((e) => [e.id, e]));
      assert.deepEqual(byId.get('bad-match')?.match, ['ok phrase']);
      assert.deepEqual(byId.get('bad-sources')?.sources, [{ url: 'https://example.org/kept' }, { url: 'https://example.org/also-kept' }]);
      assert.deepEqual(withoutSpan(byId.get('bad-fields') as LedgerEntry), { id: 'bad-fields', match: [], rating: 'unverified', sources: [] });
    });

    it('spans the offending text', () => {
      const text = readFixture('ledger/broken.yaml');
      const slice = (p: LedgerProblem): string => text.slice(p.span.start, p.span.end);
      assert.equal(slice(problem(result, 'Duplicate id')), 'good-one');
      assert.equal(slice(problem(result, 'Unknown rating')), 'maybe');
      assert.equal(slice(problem(result, '"ftp:')), 'ftp://example.org/file');
      assert.equal(slice(problem(result, '"colour"')), 'colour');
      assert.equal(slice(problem(result, 'not a mapping')), '{a: b}');
    });
  });

  describe('the structure of the file', () => {
    it('wants a mapping at the top', () => {
      const result = parseLedger('- id: a\n');
      assert.deepEqual(result.entries, []);
      assert.deepEqual(result.problems.map(where), ['1:1 error']);
      assert.match(result.problems[0]?.message ?? '', /must be a mapping with a "claims:" list of entries, not a list/);
    });

    it('wants a "claims:" key', () => {
      const result = parseLedger('entries:\n  - id: a\n');
      assert.deepEqual(
        result.problems.map((p) => `${where(p)} ${p.message}`),
        [
          '1:1 warning Unknown field "entries" at the top level: expected claims, $schema. It is ignored.',
          '1:1 error Missing "claims:": the claims file lists its entries under a top-level "claims:" key.',
        ],
      );
    });

    it('wants "claims" to be a list', () => {
      const result = parseLedger('claims:\n  id: a\n');
      assert.deepEqual(result.problems.map(where), ['2:3 error']);
      assert.match(result.problems[0]?.message ?? '', /"claims" must be a list of entries .* not a mapping/);
    });

    it('reports a second YAML document', () => {
      const result = parseLedger('claims: []\n---\nclaims: []\n');
      assert.deepEqual(result.problems.map(where), ['2:1 error']);
      assert.match(result.problems[0]?.message ?? '', /several YAML documents/);
    });

    it('reports a repeated key with its name', () => {
      const result = parseLedger(joinLines('claims:', '  - id: a', '    rating: true', '    rating: false'));
      assert.deepEqual(
        result.problems.map((p) => `${where(p)} ${p.message}`),
        ['2:5 warning Entry "a" is rated true but gives no sources: add the sources it was checked against.', '4:5 error Duplicate key "rating": each key may appear only once in a mapping, so this one is ignored.'],
      );
      assert.equal(result.entries[0]?.rating, 'true');
    });
  });

  describe('syntax errors', () => {
    it('reports a YAML syntax error where it is and keeps the entries before it', () => {
      const result = parseLedger(readFixture('ledger/syntax-error.yaml'));
      assert.deepEqual(ids(result), ['before-the-error', 'broken']);
      const errors = result.problems.filter((p) => p.message.startsWith('Syntax error: '));
      assert.ok(errors.length > 0);
      assert.deepEqual([...new Set(errors.map(where))], ['7:12 error']);
    });

    it('places a syntax error after a quoted key at its own line and column (found by fuzzing)', () => {
      const result = parseLedger("''(\r\nrating: claims:");
      assert.ok(result.problems.length > 0);
      for (const p of result.problems) {
        assert.ok(p.line === 1 ? p.column <= 4 : p.line === 2 && p.column <= 16, `${p.line}:${p.column} ${p.message}`);
      }
    });

    it('reports a JSON syntax error with its position', () => {
      const result = parseLedger(readFixture('ledger/syntax-error.json'));
      assert.deepEqual(ids(result), ['first']);
      assert.equal(where(problem(result, 'Unexpected')), '4:22 error');
    });

    it('never throws, whatever the input', () => {
      const pieces = ['claims:', '\n', '  ', '- ', 'id: ', 'a', '[', ']', '{', '}', ',', '"', "'", '&x ', '*x', '!!str ', '? ', ': ', '#', '\t', '---', '%YAML 1.2', '\u0000', '\ud800', '|\n', '>-\n'];
      let seed = 1;
      const random = (n: number): number => {
        seed = (seed * 48271) % 2147483647;
        return seed % n;
      };
      for (let i = 0; i < 500; i++) {
        const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
        const result = parseLedger(text);
        for (const p of result.problems) {
          assert.ok(p.line >= 1 && p.column >= 1, JSON.stringify({ text, p }));
          assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length, JSON.stringify({ text, p }));
        }
      }
    });

    it('refuses a file nested too deeply to read safely', () => {
      for (const text of ['['.repeat(5000), '- '.repeat(5000), `claims: ${'{a: '.repeat(5000)}`]) {
        const result = parseLedger(text);
        assert.deepEqual(result.entries, []);
        assert.equal(result.problems.length, 1);
        assert.match(result.problems[0]?.message ?? '', /nests lists or mappings more than 64 levels deep/);
      }
    });
  });

  describe('files with very many problems', function () {
    // Inputs that took seconds to minutes, or overflowed the stack, before the reader was linear in them.
    this.timeout(120_000);

    /** The problems of `result` as a writer sees them, the last one (the note of how many more) apart. */
    function capped(result: LedgerParseResult): { readonly shown: LedgerProblem[]; readonly note: LedgerProblem | undefined } {
      assert.equal(result.problems.length, MAX_LEDGER_PROBLEMS + 1);
      return { shown: result.problems.slice(0, -1), note: result.problems.at(-1) };
    }

    it('keeps the first syntax errors of a megabyte of \'"\', where they are, and counts the rest without reading further', () => {
      const result = parseLedger('"'.repeat(1 << 20));
      const { shown, note } = capped(result);
      assert.equal(result.readable, false);
      assert.deepEqual(result.entries, []);
      assert.equal(result.omitted, 523_287);
      assert.deepEqual(shown.slice(0, 2).map((p) => `${where(p)} ${p.message}`), ['1:3 error Syntax error: Unexpected double-quoted-scalar at node end', '1:5 error Syntax error: Unexpected double-quoted-scalar at node end']);
      assert.equal(where(shown.at(-1)!), '1:2001 error');
      assert.equal(`${where(note!)} ${note?.message}`, '1:2001 information … and 523,287 more syntax errors: fix the ones above first.');
      // The file was judged by its syntax alone: nothing says what its content is.
      assert.ok(shown.every((p) => p.message.startsWith('Syntax error: ')));
    });

    it('keeps the first unknown fields of an entry with 71,000 of them', () => {
      const text = 'claims:\n  - id: a\n' + Array.from({ length: 71_000 }, (_, i) => `    k${i}: v\n`).join('');
      const result = parseLedger(text);
      const { shown, note } = capped(result);
      assert.deepEqual(ids(result), ['a']);
      assert.equal(result.readable, true);
      assert.equal(`${where(shown[0]!)} ${shown[0]?.message}`, '3:5 warning Unknown field "k0" in an entry: expected id, claim, match, rating, sources, reviewed, reviewer, notes. It is ignored.');
      assert.equal(where(shown.at(-1)!), '1002:5 warning');
      assert.equal(note?.message, '… and 70,001 more problems: fix the ones above first.');
      assert.equal(result.omitted, 70_001);
    });

    it('keeps the first of 50,000 repeated keys and the value of the first key', () => {
      const text = 'claims:\n  - id: a\n    claim: first\n' + '    claim: again\n'.repeat(50_000);
      const result = parseLedger(text);
      const { shown, note } = capped(result);
      assert.equal(result.entries[0]?.claim, 'first');
      assert.equal(`${where(shown[0]!)} ${shown[0]?.message}`, '4:5 error Duplicate key "claim": each key may appear only once in a mapping, so this one is ignored.');
      assert.equal(where(shown.at(-1)!), '1003:5 error');
      assert.equal(note?.message, '… and 49,001 more problems: fix the ones above first.');
    });

    it('keeps the first of 20,000 entries that repeat an id', () => {
      const result = parseLedger('claims:\n' + '  - id: same\n'.repeat(20_001));
      const { shown, note } = capped(result);
      assert.deepEqual(ids(result), ['same']);
      assert.equal(`${where(shown[0]!)} ${shown[0]?.message}`, '3:9 error Duplicate id "same": the entry on line 2 already uses it, so this entry is ignored.');
      assert.equal(where(shown.at(-1)!), '1002:9 error');
      assert.equal(note?.message, '… and 19,001 more problems: fix the ones above first.');
    });

    it('keeps errors before warnings, listed in file order', () => {
      const text = 'claims:\n  - id: a\n' + Array.from({ length: 1500 }, (_, i) => `    k${i}: v\n`).join('') + '  - claim: no id\n';
      const { shown, note } = capped(parseLedger(text));
      assert.deepEqual(shown.slice(-2).map(where), ['1001:5 warning', '1503:5 error']);
      assert.match(shown.at(-1)?.message ?? '', /^Entry without an id/);
      assert.equal(note?.message, '… and 502 more problems: fix the ones above first.');
    });

    it('reports each problem of an entry reached through several aliases once', () => {
      const result = parseLedger('claims:\n  - &e {id: a, bogus: 1}\n  - *e\n  - *e\n');
      assert.deepEqual(result.problems.filter((p) => p.message.startsWith('Unknown field')).map(where), ['2:16 warning']);
    });
  });

  describe('security', () => {
    it('defuses an alias bomb and keeps the other entries', () => {
      const result = parseLedger(readFixture('ledger/alias-bomb.yaml'));
      assert.deepEqual(ids(result), ['good', 'bomb']);
      assert.deepEqual(result.entries[1]?.match, []);
      assert.equal(where(problem(result, 'billion laughs')), '16:12 error');
    });

    it('refuses an alias inside its own anchor', () => {
      const result = parseLedger('claims: &c [*c]\n');
      assert.deepEqual(result.entries, []);
      assert.equal(where(problem(result, 'billion laughs')), '1:13 error');
    });

    it('reports an alias without an anchor', () => {
      const result = parseLedger(joinLines('claims:', '  - id: a', '    sources: *nowhere'));
      assert.deepEqual(ids(result), ['a']);
      assert.deepEqual(
        result.problems.map((p) => `${where(p)} ${p.message}`),
        ['2:5 information Entry "a" is unverified and gives no sources yet.', '3:14 error Unknown alias *nowhere: no anchor &nowhere comes before it.'],
      );
    });

    it('reads custom and language tags as plain text, with a warning each', () => {
      const result = parseLedger(readFixture('ledger/custom-tags.yaml'));
      assert.deepEqual(
        result.problems.filter((p) => p.message.startsWith('Unsupported tag')).map((p) => `${where(p)} ${p.message.split(':')[0]}`),
        ['4:12 warning Unsupported tag !!js/function', '5:12 warning Unsupported tag !!python/object/apply', '6:15 warning Unsupported tag !custom', '7:13 warning Unsupported tag !!binary'],
      );
      const [entry] = result.entries;
      assert.equal(entry?.claim, 'function () { process.exit(1) }');
      assert.equal(entry?.reviewer, 'Jane');
      assert.equal(entry?.rating, 'unverified');
    });
  });
});

describe('isCitationKey', () => {
  it('accepts Pandoc citation keys', () => {
    for (const id of ['a', 'ukraine-war-duration', '_x', '2022-invasion', 'doi:10.1000/182', 'Smith2004a', 'a.b#c$d%e&f+g?h<i>j~k/l', 'zélensky']) {
      assert.ok(isCitationKey(id), id);
    }
  });

  it('rejects spaces, leading or trailing punctuation and doubled punctuation', () => {
    for (const id of ['', 'has space', '-lead', 'trail-', 'a--b', '@a', 'a,b', 'a;b', '[a]']) {
      assert.ok(!isCitationKey(id), id);
    }
  });
});

describe('schemas/claims.schema.json', () => {
  interface ObjectSchema {
    properties: Record<string, { enum?: unknown[]; pattern?: string; description?: string }>;
    additionalProperties?: boolean;
    required?: string[];
  }
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'claims.schema.json'), 'utf8')) as ObjectSchema & {
    definitions: { entry: ObjectSchema; source: ObjectSchema };
  };
  const { entry, source } = schema.definitions;

  it('describes exactly the keys the parser reads', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...TOP_LEVEL_KEYS].sort());
    assert.deepEqual(Object.keys(entry.properties).sort(), [...ENTRY_KEYS].sort());
    assert.deepEqual(Object.keys(source.properties).sort(), [...SOURCE_KEYS].sort());
    assert.equal(entry.additionalProperties, false);
    assert.equal(source.additionalProperties, false);
    assert.deepEqual(entry.required, ['id']);
    assert.deepEqual(source.required, ['url']);
  });

  it('describes every field, for hover help in the editor', () => {
    for (const [name, property] of [...Object.entries(entry.properties), ...Object.entries(source.properties)]) {
      assert.ok(property.description && property.description.length > 10, name);
    }
  });

  it('lists the parser’s ratings, and the booleans YAML makes of true and false', () => {
    assert.deepEqual(entry.properties['rating']?.enum, [...RATINGS, true, false]);
  });

  it('checks ids as the parser does', () => {
    const pattern = new RegExp(entry.properties['id']?.pattern ?? '', 'u');
    for (const id of ['a', 'doi:10.1000/182', '2022-invasion', 'zélensky', 'has space', 'trail-', 'a--b', '']) {
      assert.equal(pattern.test(id), isCitationKey(id), id);
    }
  });

  it('accepts the valid fixture: its keys, ids and ratings are the schema’s', () => {
    const file = JSON.parse(readFixture('ledger/valid.json')) as { claims: Array<Record<string, unknown>> };
    const idPattern = new RegExp(entry.properties['id']?.pattern ?? '', 'u');
    for (const claim of file.claims) {
      for (const key of Object.keys(claim)) assert.ok(key in entry.properties, key);
      assert.ok(idPattern.test(String(claim['id'])));
      if ('rating' in claim) assert.ok(entry.properties['rating']?.enum?.includes(claim['rating']));
      const sources = (claim['sources'] ?? []) as unknown[];
      for (const s of sources) {
        if (typeof s === 'object' && s !== null) for (const key of Object.keys(s)) assert.ok(key in source.properties, key);
      }
    }
  });

  describe('readable', () => {
    it('is true for a valid file, and for one whose problems are inside entries', () => {
      assert.equal(parseLedger(readFixture('ledger/valid.yaml')).readable, true);
      assert.equal(parseLedger(readFixture('ledger/broken.yaml')).readable, true);
      assert.equal(parseLedger('').readable, true);
    });

    it('is false when a syntax error or the wrong shape leaves only a fragment', () => {
      assert.equal(parseLedger(readFixture('ledger/syntax-error.yaml')).readable, false);
      assert.equal(parseLedger(readFixture('ledger/syntax-error.json')).readable, false);
      assert.equal(parseLedger('- id: a').readable, false);
      assert.equal(parseLedger('title: x').readable, false);
      assert.equal(parseLedger('claims: 3').readable, false);
    });
  });
});
