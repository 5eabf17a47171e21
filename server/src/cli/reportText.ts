import type { OutputFormat } from './args';
import type { DraftReport, Outcome } from './draftChecks';
import type { RunReport } from './merge';
import { formatLines, formatReport, isLineFormat, type LineFormat } from './report';

/**
 * A run's report as written out, in UTF-8. In a format of a line per finding, each draft's findings
 * are formatted and encoded as its report comes in, while this thread waits on the worker threads:
 * formatted, joined and encoded all at the end (5 MB of text for 26,000 findings), they kept the run
 * from ending for a sixth of a second.
 */
export class ReportText {
  private readonly lines = new Map<Outcome, Buffer>();

  constructor(private readonly format: OutputFormat) {}

  /** Takes in a draft's report as it comes. */
  add(report: DraftReport): void {
    const { format } = this;
    if (!isLineFormat(format)) return;
    for (const outcome of report.files.values()) this.formatted(outcome, format);
    if (report.draft) this.formatted(report.draft, format);
  }

  /** The whole run's report, from its drafts' reports merged. */
  of(run: RunReport): Buffer {
    const { format } = this;
    if (!isLineFormat(format)) return Buffer.from(formatReport(run.located, format));
    return Buffer.concat(run.outcomes.map((outcome) => this.lines.get(outcome) ?? this.formatted(outcome, format)));
  }

  private formatted(outcome: Outcome, format: LineFormat): Buffer {
    const bytes = Buffer.from('located' in outcome ? formatLines(outcome.located, format) : '');
    this.lines.set(outcome, bytes);
    return bytes;
  }
}
