import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { check, createCheckOptions } from '../../server/src/core';
import { hoverAt } from '../../server/src/lsp/hover';
import { claimsFileOf } from '../helpers/claimsFile';
import { readFixture } from '../helpers/fixtures';
import { HOSTILE, HOSTILE_CLAIMS_YAML } from '../helpers/hostileEntry';
import { FULL_CAPABILITIES, LspServer, serversPerTest } from '../helpers/lspServer';
import { readRendered } from '../helpers/renderedMarkdown';
import { makeWorkspace } from '../helpers/workspace';

/** The line and character of the first occurrence of `needle` (plus `offset` characters) in `text`. */
function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const at = text.indexOf(needle) + offset;
  assert.ok(at >= offset, `"${needle}" not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: (before.at(-1) ?? '').length };
}

describe('lsp/hover', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  async function hover(path: string, text: string, needle: string, offset = 1): Promise<Hover | null> {
    return server!.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI.file(path).toString() }, position: positionOf(text, needle, offset) });
  }

  /** The hover's contents on `needle` in a draft of `text`, open alone in a workspace of its own (with `files`). */
  async function hoverInDraft(text: string, needle: string, files: Record<string, string> = {}): Promise<MarkupContent> {
    const ws = makeWorkspace(files);
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    await server.open(path, text);
    return (await hover(path, text, needle))?.contents as MarkupContent;
  }

  it('shows a ledger-matched claim with its entry: rating, claim, sources as links, review', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:seed/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    const text = 'The 14-month conflict is at a critical juncture.\n';
    await server.open(path, text);
    const result = await hover(path, text, '14-month');
    const content = result?.contents as MarkupContent;
    assert.equal(content.kind, 'markdown');
    const read = readRendered(content.value);
    assert.deepEqual(read.blocks, [
      'Figure · cue: “conflict”',
      'Matches claims-file entry "ukraine-war-duration" (rated true): cite it as [@ukraine-war-duration].',
      '────────',
      'Claims file: ukraine-war-duration — rated true',
      "> Russia's full-scale invasion of Ukraine began on 24 February 2022.",
      '- https://example.org/invasion <https://example.org/invasion>',
    ]);
    assert.deepEqual(read.strong, ['Figure', 'Claims file: ukraine-war-duration', 'true']);
    assert.match(content.value, /\*\*Claims file\\: `ukraine-war-duration`\*\*/);
    assert.deepEqual(result?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 21 } });
  });

  it('shows a claims-file phrase stated where nothing else in the sentence is a claim, with its disputed entry', async () => {
    const claims = 'claims:\n  - id: lab-leak\n    claim: The coronavirus escaped from a laboratory in Wuhan.\n    match: ["escaped from a laboratory"]\n    rating: false\n';
    const read = readRendered((await hoverInDraft('The coronavirus escaped from a laboratory in Wuhan.\n', 'escaped', { 'claims.yaml': claims })).value);
    assert.deepEqual(read.blocks.slice(0, 2), [
      'Claim the claims file words',
      'This claim matches claims-file entry "lab-leak", rated false: The coronavirus escaped from a laboratory in Wuhan.',
    ]);
  });

  it('shows why an unsourced attribution is flagged, with speaker and cue', async () => {
    const content = await hoverInDraft(readFixture('seed/bare.md'), 'Zakharova noted');
    const [heading, why] = readRendered(content.value).blocks;
    assert.match(heading ?? '', /^Attributed statement · speaker: .*Maria Zakharova · cue: “noted”$/);
    assert.match(why ?? '', /^No source for this attributed statement/);
  });

  it('says when a claim is a tentative reading, shown as information', async () => {
    const content = await hoverInDraft('Users want answers right now, and many people think that speed matters most.\n', 'many people think');
    assert.deepEqual(readRendered(content.value).blocks.slice(-1), ['A tentative reading: shown as information, never as a warning.']);
  });

  it('says when the judge of warnings shows a warning as information, in a first-person interview', async () => {
    // The README's example, the interview post's figure in a sentence of its own at the end.
    const content = await hoverInDraft(`${readFixture('judge/interview-post.md')}\nPeople in the private sector work 60-80 hours a week and don't get paid overtime.\n`, "60-80 hours a week and don't");
    assert.deepEqual(readRendered(content.value).blocks.slice(-1), ['Shown as information: in a draft written like this one, an editor would rarely ask for a source here.']);
  });

  it('shows what sources a sourced claim', async () => {
    const content = await hoverInDraft('The minister said that talks would resume ([briefing](https://gov.example/b)).\n', 'minister said');
    const read = readRendered(content.value);
    assert.equal(read.blocks[1], 'Sourced by a link to https://gov.example/b <https://gov.example/b>.');
    assert.deepEqual(read.links, ['https://gov.example/b']);
  });

  it('names the first five sources of a claim that many sources back, and how many more there are', async () => {
    const ws = makeWorkspace();
    // In paragraph scope every claim of a paragraph shares all its sources.
    server = await servers.start({ folders: [ws], configuration: () => ({ sourceScope: 'paragraph' }) });
    const path = join(ws, 'a.md');
    const links = Array.from({ length: 2_000 }, (_, i) => `[${i}](https://gov.example/${i})`).join(' ');
    const text = `The minister said that talks would resume. ${links}\n`;
    await server.open(path, text);
    const read = readRendered(((await hover(path, text, 'minister said'))?.contents as MarkupContent).value);
    assert.match(read.blocks[1] ?? '', /^Sourced by a link to https:\/\/gov\.example\/0 .*, a link to https:\/\/gov\.example\/4 <https:\/\/gov\.example\/4> and 1,995 more\.$/);
    assert.equal(read.links.length, 5);
  });

  it('shows the entry of a [@id] citation, and says when there is none', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    const text = 'It was stolen [@stolen-election]. Or not [@nope].\n';
    await server.open(path, text);
    const known = readRendered(((await hover(path, text, '@stolen'))?.contents as MarkupContent).value);
    assert.deepEqual(known.strong, ['Claims file: stolen-election', 'false']);
    assert.equal(known.blocks.at(-1), 'Notes: Rejected by more than 60 courts.');
    const unknown = ((await hover(path, text, '@nope'))?.contents as MarkupContent).value;
    assert.match(unknown, /^No entry `nope` in the claims file/);
  });

  it('answers null away from claims and citations', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    const text = 'The weather was fine.\n';
    await server.open(path, text);
    assert.equal(await hover(path, text, 'weather'), null);
  });

  it('falls back to plain text for clients that do not render Markdown', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:seed/claims.yaml' });
    server = await servers.start({ folders: [ws], capabilities: { ...FULL_CAPABILITIES, textDocument: { hover: { contentFormat: ['plaintext'] } } } });
    const path = join(ws, 'a.md');
    const text = 'The 14-month conflict is at a critical juncture.\n';
    await server.open(path, text);
    const content = (await hover(path, text, '14-month'))?.contents as MarkupContent;
    assert.equal(content.kind, 'plaintext');
    assert.doesNotMatch(content.value, /\*\*|`/);
    assert.match(content.value, /Claims file: ukraine-war-duration — rated true/);
    assert.match(content.value, /https:\/\/example\.org\/invasion <https:\/\/example\.org\/invasion>/);
  });

  it('keeps answering while a check is pending, on the newest text', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 60_000 }) });
    const path = join(ws, 'a.md');
    await server.open(path, 'Nothing here.\n');
    const text = 'Officials said that 40 people died.\n';
    await server.change(path, text);
    const content = (await hover(path, text, 'Officials said'))?.contents as MarkupContent;
    assert.deepEqual(readRendered(content.value).strong, ['Attributed statement']);
  });
  describe('a hostile claims file or draft', () => {
    // The entry's two web addresses, as the claims file gives them.
    const URLS = [HOSTILE.url, 'https://ok.example/search?q=a&amp;b=(c)'];
    const DRAFT = 'The 14-month conflict is at a critical juncture.\n\nSee [@hostile].\n';

    async function hostileHovers(capabilities = FULL_CAPABILITIES): Promise<{ claim: MarkupContent; citation: MarkupContent }> {
      const ws = makeWorkspace({ 'claims.yaml': HOSTILE_CLAIMS_YAML });
      server = await servers.start({ folders: [ws], capabilities });
      const path = join(ws, 'a.md');
      await server.open(path, DRAFT);
      const claim = (await hover(path, DRAFT, '14-month'))?.contents as MarkupContent;
      const citation = (await hover(path, DRAFT, '@hostile'))?.contents as MarkupContent;
      return { claim, citation };
    }

    it("shows the entry's text as text: no image, HTML, command link or forged rating, links only to its web addresses", async () => {
      const { claim, citation } = await hostileHovers();
      const onClaim = readRendered(claim.value);
      assert.deepEqual(onClaim.unexpected, []);
      // Reviewed in 2024: more than a year before any day these tests run.
      const review = `Reviewed 2024-02-03 by ${HOSTILE.reviewer}`;
      assert.deepEqual(onClaim.strong, ['Figure', 'Claims file: hostile', 'false', review]);
      assert.deepEqual(onClaim.links.map(decodeURIComponent), URLS);
      assert.equal(onClaim.blocks[1], `This claim matches claims-file entry "hostile", rated false: ${HOSTILE.claim}`);
      assert.deepEqual(onClaim.blocks.slice(3, 6), [
        'Claims file: hostile — rated false',
        `> ${HOSTILE.claim}`,
        `- ${HOSTILE.title} <${HOSTILE.url}> (${HOSTILE.publisher}, 2024-01-02)`,
      ]);
      assert.deepEqual(onClaim.blocks.slice(-2), [`${review}: more than 365 days ago, so it may no longer hold.`, `Notes: ${HOSTILE.notes}`]);
      const onCitation = readRendered(citation.value);
      assert.deepEqual(onCitation.unexpected, []);
      assert.deepEqual(onCitation.strong, ['Claims file: hostile', 'false', review]);
      assert.deepEqual(onCitation.links.map(decodeURIComponent), URLS);
      assert.deepEqual(onCitation.blocks, onClaim.blocks.slice(3));
    });

    it('shows the same text, unescaped, to a client that takes only plain text', async () => {
      const { claim, citation } = await hostileHovers({ ...FULL_CAPABILITIES, textDocument: { hover: { contentFormat: ['plaintext'] } } });
      assert.equal(claim.kind, 'plaintext');
      assert.equal(citation.kind, 'plaintext');
      const entry = [
        'Claims file: hostile — rated false',
        `> ${HOSTILE.claim}`,
        `- ${HOSTILE.title} <${HOSTILE.url}> (${HOSTILE.publisher}, 2024-01-02)`,
        `- ${URLS[1]} <${URLS[1]}>`,
        `Reviewed 2024-02-03 by ${HOSTILE.reviewer}: more than 365 days ago, so it may no longer hold.`,
        `Notes: ${HOSTILE.notes}`,
      ].join('\n\n');
      assert.equal(citation.value, entry);
      assert.equal(claim.value, `Figure · cue: “conflict”\n\nThis claim matches claims-file entry "hostile", rated false: ${HOSTILE.claim}\n\n────────\n\n${entry}`);
    });

    it("shows a draft's link targets as data: a web address as a link to exactly it, any other as text", async () => {
      const ws = makeWorkspace();
      server = await servers.start({ folders: [ws] });
      const path = join(ws, 'a.md');
      const text = `Officials said that talks would resume ([briefing](<${HOSTILE.url}>)), [run](command:workbench.action.quit) and [x](javascript:alert(1)).\n`;
      await server.open(path, text);
      const read = readRendered(((await hover(path, text, 'Officials said'))?.contents as MarkupContent).value);
      assert.deepEqual(read.unexpected, []);
      assert.deepEqual(read.links.map(decodeURIComponent), [HOSTILE.url]);
      assert.equal(read.blocks[1], `Sourced by a link to ${HOSTILE.url} <${HOSTILE.url}>, a link to <command:workbench.action.quit>, a link to <javascript:alert(1)>.`);
    });

    it("shows an unknown citation's claims-file path as text, whatever its folder is called", async () => {
      const folder = '![u](u.png) **rated true** [run](run) &amp; _x_ `y`';
      const ws = makeWorkspace({ [join(folder, 'claims.yaml')]: 'fixture:drafts/claims.yaml' });
      server = await servers.start({ folders: [ws] });
      const path = join(ws, folder, 'a.md');
      const text = 'As agreed [@nope].\n';
      await server.open(path, text);
      const read = readRendered(((await hover(path, text, '@nope'))?.contents as MarkupContent).value);
      assert.deepEqual(read.unexpected, []);
      assert.deepEqual(read.strong, []);
      assert.deepEqual(read.blocks, [`No entry nope in the claims file (${join(ws, folder, 'claims.yaml')}) or a bibliography.`]);
    });
  });
});

describe('lsp/hover (in process)', () => {
  const claims = claimsFileOf(readFixture('seed/claims.yaml'));
  const text = 'The 14-month conflict goes on. The minister said that 40 people died.\n';
  const draft = TextDocument.create('file:///workspace/draft.md', 'markdown', 1, text);
  const analysis = check(text, claims.ledger, createCheckOptions());

  it('shows a claim the claims file matches with its entry, over the claim', () => {
    const hover = hoverAt(analysis, draft, text.indexOf('month'), claims, false);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 21 } });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /^Figure · cue: “conflict”/);
    assert.match(value, /Claims file: ukraine-war-duration — rated true/);
    assert.match(value, /Russia's full-scale invasion of Ukraine began on 24 February 2022\./);
  });

  it('shows an unsourced claim’s speaker and cue, and why it is flagged', () => {
    const hover = hoverAt(analysis, draft, text.indexOf('minister'), claims, false);
    assert.equal((hover?.contents as MarkupContent).value, 'Attributed statement · speaker: The minister · cue: “said”\n\nNo source for this attributed statement ("The minister said"): add a link, a footnote or a citation of the claims file.');
  });

  it('shows nothing away from a claim', () => {
    assert.equal(hoverAt(analysis, draft, text.indexOf('goes'), claims, false), null);
  });

  it('says that an entry cited or matched was reviewed too long ago, by the date the host gives', () => {
    const cited = 'Xi and Zelenskiy spoke on 26 April, officials said [@xi-zelenskiy-call].\n';
    const doc = TextDocument.create('file:///workspace/cited.md', 'markdown', 1, cited);
    const shown = (settings: { reviewMaxAgeDays?: number }, today: string): string => {
      const options = createCheckOptions(settings, today);
      const hover = hoverAt(check(cited, claims.ledger, options), doc, cited.indexOf('xi-'), claims, false, options);
      return (hover?.contents as MarkupContent).value.split('\n\n').at(-1) ?? '';
    };
    // The seed's entry was reviewed on 2023-04-27: 365 days before 2024-04-26 (a leap year's).
    assert.equal(shown({}, '2024-04-26'), 'Reviewed 2023-04-27');
    assert.equal(shown({}, '2024-04-27'), 'Reviewed 2023-04-27: more than 365 days ago, so it may no longer hold.');
    assert.equal(shown({ reviewMaxAgeDays: 30 }, '2023-06-01'), 'Reviewed 2023-04-27: more than 30 days ago, so it may no longer hold.');
    assert.equal(shown({ reviewMaxAgeDays: 0 }, '2030-01-01'), 'Reviewed 2023-04-27');
  });
});
