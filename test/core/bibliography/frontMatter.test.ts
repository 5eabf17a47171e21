import assert from 'node:assert/strict';
import { draftBibliography } from '../../../server/src/core/bibliography/frontMatter';
import { joinLines, readFixture } from '../../helpers/fixtures';

describe('core/bibliography/frontMatter', () => {
  it('reads the bibliography files a draft names, one or a list, with where each is named', () => {
    const draft = readFixture('drafts/pandoc.md');
    const { files } = draftBibliography(draft);
    assert.deepEqual(files.map((f) => [f.path, draft.slice(f.span.start, f.span.end)]), [['../bibliographies/refs.bib', '../bibliographies/refs.bib']]);
    const one = joinLines('---', 'title: One', 'bibliography: "refs.json"', '---', 'Text.');
    assert.deepEqual(draftBibliography(one).files.map((f) => [f.path, one.slice(f.span.start, f.span.end)]), [['refs.json', '"refs.json"']]);
  });

  it('reads the CSL items of `references:`, with their keys where they are in the draft', () => {
    const draft = joinLines(
      '---',
      'title: Inline',
      'references:',
      '- id: un2023',
      '  title: Resolution ES-11/1',
      '  author: [{literal: United Nations General Assembly}]',
      '  issued: 2023',
      '- title: no id',
      '---',
      'The vote was 141 to 5 [@un2023].',
    );
    const { references, problems, files } = draftBibliography(draft);
    assert.deepEqual(files, []);
    assert.deepEqual(references.map((r) => [r.key, draft.slice(r.span.start, r.span.end), r.authors, r.year]), [['un2023', 'un2023', 'United Nations General Assembly', '2023']]);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[8, 3, 'warning']]);
  });

  it('reads nothing from a draft without YAML front matter, or whose front matter names no bibliography', () => {
    for (const draft of ['No front matter [@a].', joinLines('---', 'title: T', '---', 'Text.'), joinLines('+++', 'bibliography = "refs.bib"', '+++', 'Text.'), joinLines('---', 'bibliography: [', '---')]) {
      const { files, references, problems } = draftBibliography(draft);
      assert.deepEqual({ files, references, problems }, { files: [], references: [], problems: [] }, draft);
    }
  });
});
