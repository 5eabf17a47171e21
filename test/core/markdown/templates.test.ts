import assert from 'node:assert/strict';
import { blankTemplates, templateLinks, templateSpans } from '../../../server/src/core/markdown/templates';

function spans(text: string): string[] {
  return templateSpans(text).map((s) => text.slice(s.start, s.end));
}

describe('core/markdown/templates', () => {
  it('finds Hugo shortcodes, Liquid tags, expressions and kramdown attribute lists', () => {
    const text = 'A {{< legacy-img src="a.jpg" alt="Officials said 40 died" >}} b {{% note %}} c {% include x.html %} d {{ site.title }} e {: .lead}';
    assert.deepEqual(spans(text), ['{{< legacy-img src="a.jpg" alt="Officials said 40 died" >}}', '{{% note %}}', '{% include x.html %}', '{{ site.title }}', '{: .lead}']);
  });

  it('reads a shortcode across line breaks, and leaves braces that open nothing', () => {
    assert.deepEqual(spans('{{< img alt="two\nlines" >}} and {a} and {:not a list'), ['{{< img alt="two\nlines" >}}']);
  });

  it('blanks templates to spaces, keeping line breaks and offsets', () => {
    const text = 'Before {{< img alt="x\ny" >}} after.';
    const blank = blankTemplates(text);
    assert.equal(blank.length, text.length);
    assert.equal(blank, `Before ${' '.repeat('{{< img alt="x'.length)}\n${' '.repeat('y" >}}'.length)} after.`);
  });

  it('reads a link to a template as a link, and blanks its syntax around the label', () => {
    const text = 'See [Compatibility Testing]({{< ref "testing-101.md" >}} "Testing 101") today.';
    const [link] = templateLinks(text);
    assert.ok(link);
    assert.equal(text.slice(link.span.start, link.span.end), '[Compatibility Testing]({{< ref "testing-101.md" >}} "Testing 101")');
    assert.equal(text.slice(link.label.start, link.label.end), 'Compatibility Testing');
    assert.equal(link.target, '{{< ref "testing-101.md" >}}');
    assert.equal(blankTemplates(text).replace(/ +/g, ' '), 'See Compatibility Testing today.');
  });

  it('blanks the tags of an anchor to a template, which CommonMark leaves as text, around its label', () => {
    const text = 'Google announced <a class="x" href="{{< ref "mobilegeddon.md" >}}">changes to search</a> in April.';
    assert.equal(blankTemplates(text, true).replace(/ +/g, ' '), 'Google announced changes to search in April.');
  });

  it('takes time linear in the text, however many openers never close or links have no label', () => {
    const text = '{{< '.repeat(50_000) + '{% '.repeat(50_000) + '{: '.repeat(50_000);
    assert.deepEqual(templateSpans(text), []);
    assert.deepEqual(templateLinks('x]({{ a }})'.repeat(100_000)), []);
  });
});
