import assert from 'node:assert/strict';
import { bibliographyFormat, parseBibliography } from '../../../server/src/core/bibliography/parse';
import { readFixture } from '../../helpers/fixtures';

/** The references of a fixture, each with the text at its span (the key as written). */
function read(name: string) {
  const text = readFixture(`bibliographies/${name}`);
  const format = bibliographyFormat(name);
  assert.ok(format, name);
  const result = parseBibliography(text, format);
  return { ...result, written: result.references.map((r) => text.slice(r.span.start, r.span.end)) };
}

describe('core/bibliography/parse', () => {
  it('knows the formats Pandoc reads by the file name', () => {
    assert.equal(bibliographyFormat('refs.bib'), 'bibtex');
    assert.equal(bibliographyFormat('dir.v2/refs.JSON'), 'csl');
    assert.equal(bibliographyFormat('refs.yaml'), 'csl');
    assert.equal(bibliographyFormat('refs.yml'), 'csl');
    assert.equal(bibliographyFormat('refs.ris'), undefined);
    assert.equal(bibliographyFormat('bib'), undefined);
  });

  it('reads a BibTeX file: keys where they are written, authors, titles, years and links as a reference list shows them', () => {
    const { references, problems, written } = read('refs.bib');
    assert.deepEqual(problems, []);
    assert.deepEqual(written, ['isw2023', 'kofman2023', 'schelling1966']);
    assert.deepEqual(
      references.map(({ span: _span, ...rest }) => rest),
      [
        {
          key: 'isw2023',
          title: 'Russian Offensive Campaign Assessment, April 26, 2023',
          authors: 'Institute for the Study of War',
          year: '2023',
          url: 'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-april-26-2023',
        },
        {
          key: 'kofman2023',
          title: "Perseverance and Adaptation: Ukraine's Counteroffensive at Three Months",
          authors: 'Kofman and Lee',
          year: '2023',
          url: 'https://doi.org/10.1000/example.2023.1',
        },
        { key: 'schelling1966', title: 'Arms and Influence', authors: 'Schelling', year: '1966' },
      ],
    );
  });

  it('reads CSL JSON and CSL YAML, with the keys where they are written', () => {
    const json = read('refs.json');
    assert.deepEqual(json.problems, []);
    assert.deepEqual(json.written, ['"xinhua2023"', '"reuters2023"']);
    assert.equal(json.references[0]?.authors, 'Xinhua News Agency');
    assert.equal(json.references[1]?.authors, 'Ruwitch, Murray and Balmforth');
    const yaml = read('refs.yaml');
    assert.deepEqual(yaml.problems, []);
    assert.deepEqual(yaml.written, ['elysee2023', '2023-ambassador']);
    assert.deepEqual(yaml.references.map((r) => [r.authors, r.year, r.url]), [
      ['Élysée', '2023', 'https://www.elysee.fr/en/emmanuel-macron'],
      [undefined, '2023', undefined],
    ]);
  });

  it('loses only the broken entry of a BibTeX file, and says where it breaks', () => {
    const text = [
      '@string{isw = "{Institute for the Study of War}"}',
      '@misc{first, title = {First}, author = isw}',
      '@misc{broken, title = {Never closed',
      '@misc{last, title = {Last}}',
      '',
    ].join('\n');
    const { references, problems } = parseBibliography(text, 'bibtex');
    assert.deepEqual(references.map((r) => [r.key, r.authors]), [['first', 'Institute for the Study of War'], ['last', undefined]]);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[3, 1, 'error']]);
    assert.match(problems[0]?.message ?? '', /^Could not read this BibTeX entry: .*Is a brace or a quotation mark left open\?$/);
    // An error between entries is reported where it is.
    const junk = parseBibliography('@misc{a, title = {A}}\n@misc{b, title = {B}} = x\n', 'bibtex');
    assert.deepEqual(junk.references.map((r) => r.key), ['a', 'b']);
  });

  it('finds keys in entries written with parentheses and spaces', () => {
    const text = '@book( schelling1966 ,\n  title = "Arms and Influence", year = 1966\n)\n';
    const { references } = parseBibliography(text, 'bibtex');
    assert.deepEqual(references.map((r) => [r.key, text.slice(r.span.start, r.span.end), r.year]), [['schelling1966', 'schelling1966', '1966']]);
  });

  it('reports a key defined twice where it is defined again, and keeps the first', () => {
    const text = '@misc{same, title = {One}}\n@misc{same, title = {Two}}\n';
    const { references, problems } = parseBibliography(text, 'bibtex');
    assert.deepEqual(references.map((r) => r.title), ['One']);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[2, 7, 'warning']]);
  });

  it('reports CSL that is not a list of items, and items without an id, with line and column', () => {
    assert.match(parseBibliography('title: not a list\n', 'csl').problems[0]?.message ?? '', /Expected a list of CSL items/);
    const { references, problems } = parseBibliography('- id: a\n  title: A\n- title: no id\n- just text\n', 'csl');
    assert.deepEqual(references.map((r) => r.key), ['a']);
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[3, 3], [4, 3]]);
    assert.equal(parseBibliography('[{"id": "x", ', 'csl').problems[0]?.severity, 'error');
  });
});
