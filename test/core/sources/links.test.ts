import assert from 'node:assert/strict';
import { parseMarkdown } from '../../../server/src/core/markdown/parse';
import { findLinkSources } from '../../helpers/drafts';
import { joinLines } from '../../helpers/fixtures';

function sources(markdown: string): Array<[string, string, string]> {
  return findLinkSources(parseMarkdown(markdown), markdown).map((s) => [s.kind, s.target, markdown.slice(s.span.start, s.span.end)]);
}

describe('core/sources/links', () => {
  it('finds inline links, autolinks and bare URLs', () => {
    assert.deepEqual(sources('See [the report](https://a.org/r), <https://b.org> and https://c.org/x.'), [
      ['link', 'https://a.org/r', '[the report](https://a.org/r)'],
      ['link', 'https://b.org', '<https://b.org>'],
      ['link', 'https://c.org/x', 'https://c.org/x'],
    ]);
  });

  it('finds HTML anchors, and links to a site generator’s pages', () => {
    const md = joinLines(
      'Per <a href="https://a.org/r" target="_blank">the report</a>, and [Testing 101]({{< ref "testing.md" >}} "Testing"),',
      '',
      '<p>Read <a title="APIs" href="{{< ref "apis.md" >}}">APIs</a>.</p>',
    );
    // An anchor's span holds its text, as a Markdown link's does.
    assert.deepEqual(sources(md), [
      ['link', 'https://a.org/r', '<a href="https://a.org/r" target="_blank">the report</a>'],
      ['link', '{{< ref "testing.md" >}}', '[Testing 101]({{< ref "testing.md" >}} "Testing")'],
      ['link', '{{< ref "apis.md" >}}', '<a title="APIs" href="{{< ref "apis.md" >}}">APIs</a>'],
    ]);
    // In running text, the quotes inside such a target make the anchor text to CommonMark; it still links.
    const inline = 'Google announced <a href="{{< ref "mobilegeddon.md" >}}">changes to search</a> in April.';
    assert.deepEqual(sources(inline), [['link', '{{< ref "mobilegeddon.md" >}}', '<a href="{{< ref "mobilegeddon.md" >}}">changes to search</a>']]);
    // An anchor left open is its opening tag up to its target.
    assert.deepEqual(sources('Per <a href="https://a.org/r">the report, and more.'), [['link', 'https://a.org/r', '<a href="https://a.org/r"']]);
  });

  it('does not count a link that holds only a picture: it opens the picture, and backs no words beside it', () => {
    const md = joinLines(
      '[![NWS logo](https://a.org/logo.png)](https://a.org/logo.png)[{{< legacy-img src="nws.png" alt="NWS" >}}](https://a.org/nws.png) The service has 122 field offices.',
      '',
      'A [![badge](https://a.org/b.png) status page](https://a.org/status) links words too.',
    );
    assert.deepEqual(sources(md), [['link', 'https://a.org/status', '[![badge](https://a.org/b.png) status page](https://a.org/status)']]);
  });

  it('reads a superscript anchor to a place in the page as a footnote call, and other such anchors as navigation', () => {
    const md = joinLines(
      'Eames called design a plan.<sup><a aria-describedby="footnote-label" href="#fn1" id="ref1">[1]</a></sup> See <a href="#top">the top</a>.',
      '',
      '<ol><li id="fn1">Eames, 1972.</li></ol>',
    );
    assert.deepEqual(sources(md), [['footnote', 'fn1', '<a aria-describedby="footnote-label" href="#fn1" id="ref1">[1]</a>']]);
  });

  it('finds reference links whose definition exists, and ignores undefined labels', () => {
    const md = joinLines('As [Reuters][r] and [AP][] reported, [nobody][missing] knew.', '', '[r]: https://reuters.com', '[ap]: https://apnews.com');
    assert.deepEqual(sources(md), [
      ['link', 'https://reuters.com', '[Reuters][r]'],
      ['link', 'https://apnews.com', '[AP][]'],
    ]);
  });

  it('finds footnote calls that have a definition, not orphan ones', () => {
    const md = joinLines('Officials said so.[^1] Others disagreed.[^2]', '', '[^1]: Ministry statement, 3 May.');
    assert.deepEqual(sources(md), [['footnote', '1', '[^1]']]);
  });

  it('does not count an empty footnote, which is still to be written', () => {
    const md = joinLines('Officials said so.[^1] Others agreed.[^2]', '', '[^1]:', '[^2]: Ministry statement.');
    assert.deepEqual(sources(md), [['footnote', '2', '[^2]']]);
  });

  it('does not count links within the document or empty links as evidence', () => {
    assert.deepEqual(sources('See [below](#method) and [this]().'), []);
  });

  it('does not look inside definitions', () => {
    const md = joinLines('Text.[^n]', '', '[^n]: From [the agency](https://agency.gov).');
    assert.deepEqual(sources(md), [['footnote', 'n', '[^n]']]);
  });
});
