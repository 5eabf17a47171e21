import assert from 'node:assert/strict';
import type { DraftReport } from '../../server/src/cli/draftChecks';
import { mergeReports } from '../../server/src/cli/merge';
import { formatReport, type Located } from '../../server/src/cli/report';
import { ReportText } from '../../server/src/cli/reportText';

const at = (file: string, message: string): Located => ({ file, line: 2, column: 3, endLine: 2, endColumn: 9, severity: 'warning', code: 'unsourced-quantity', message });

describe('cli/reportText', () => {
  it('writes the report that formatting the merged findings at the end writes, whatever order the drafts come in', () => {
    const claims = { id: '/n/claims.yaml', key: 's\n/n/claims.yaml' };
    const reports: DraftReport[] = [
      { uses: [], files: new Map(), draft: { located: [at('a.md', 'No source for\nthis figure.')] } },
      { uses: [claims], files: new Map(), draft: { located: [at('b.md', 'b')] } },
      // The thread that checked this draft first reported the shared claims file with it.
      { uses: [claims], files: new Map([[claims.key, { located: [at('claims.yaml', 'shared')] }]]), draft: { located: [at('c.md', 'c'), at('c.md', '100%')] } },
      { uses: [], files: new Map(), draft: { error: 'cannot read d.md' } },
      { uses: [], files: new Map(), draft: { located: [] } },
    ];
    for (const format of ['text', 'github', 'json', 'sarif'] as const) {
      const text = new ReportText(format);
      // The largest drafts are checked first; the first draft's report is never taken in as it came.
      for (const i of [2, 4, 1, 3]) text.add(reports[i] as DraftReport);
      const merged = mergeReports(reports);
      assert.equal(text.of(merged).toString('utf8'), formatReport(merged.located, format), format);
    }
    const lines = new ReportText('text').of(mergeReports(reports)).toString('utf8').split('\n');
    assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf(':'))), ['a.md', 'claims.yaml', 'b.md', 'c.md', 'c.md', '']);
  });
});
