import assert from 'node:assert/strict';
import { formatReport, type Located } from '../../server/src/cli/report';

const finding = (file: string, message: string): Located => ({ file, line: 3, column: 1, endLine: 3, endColumn: 9, severity: 'error', code: 'disputed-claim', message });

describe('cli/report', () => {
  it('writes exactly one line a finding, whatever line breaks its message or file name holds', () => {
    const text = formatReport([finding('news/a.md', 'Cites entry "x", rated false: The war\nhas lasted\r\n14 months\u2028or more.'), finding('odd\nname.md', 'No source.')], 'text');
    assert.deepEqual(text.split('\n'), [
      'news/a.md:3:1: error disputed-claim: Cites entry "x", rated false: The war has lasted 14 months or more.',
      'odd\\nname.md:3:1: error disputed-claim: No source.',
      '',
    ]);
  });
});
