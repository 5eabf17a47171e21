import type { LineIndex } from '../text/lines';
import type { LedgerProblem, Severity, Span } from '../types';
import { moreSevereFirst, Shortlist } from './shortlist';

/**
 * The most problems a reading keeps, as many as an editor shows by default: a junk file has
 * hundreds of thousands, which would take longer to list than to find. Errors are kept first.
 */
export const MAX_LEDGER_PROBLEMS = 1000;

/** A problem before its line and column are worked out; `order`: how many were reported before it. */
type Problem = Pick<LedgerProblem, 'message' | 'severity' | 'span'> & { readonly order: number };

/** The problems the full reader finds in one claims file, kept up to MAX_LEDGER_PROBLEMS. */
export class ProblemList {
  private readonly problems = new Shortlist<Problem>(MAX_LEDGER_PROBLEMS, moreSevereFirst);
  /** The problems reported, to report each once; undefined in a file without aliases, which repeats none. */
  private reported: Set<string> | undefined;
  /** Syntax errors counted but not reported, in a file not composed for having too many. */
  private unreported = 0;

  /** `lines`: the file's lines as editors count them ("\r" alone ends one too), unlike the YAML parser's line counter. */
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /** Reports each problem once from now on: an anchor's data reached through several aliases would repeat its problems. */
  reportEachOnce(): void {
    this.reported = new Set();
  }

  /** Counts `count` syntax errors that are not reported. */
  countUnreported(count: number): void {
    this.unreported += count;
  }

  report(at: Span, message: string, severity: Severity): void {
    // The parser may point just past the end of the file (at a missing closing quote).
    const start = Math.min(at.start, this.text.length);
    const span = { start, end: Math.min(Math.max(at.end, start), this.text.length) };
    if (this.reported) {
      const key = `${span.start}:${span.end}:${message}`;
      if (this.reported.has(key)) return;
      this.reported.add(key);
    }
    this.problems.add({ message, severity, span, order: this.problems.total });
  }

  /**
   * The problems kept, in file order; past MAX_LEDGER_PROBLEMS, the errors first, then the earliest,
   * and a last problem that says how many more there are (`omitted`).
   */
  result(): { problems: LedgerProblem[]; omitted?: number } {
    const kept = this.problems.list().sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    const problems = kept.map(({ message, severity, span }) => this.problem(span, message, severity));
    const omitted = this.problems.total - kept.length + this.unreported;
    const last = kept.at(-1);
    if (!last || omitted === 0) return { problems };
    const more = this.unreported > 0 ? 'syntax errors' : 'problems';
    problems.push(this.problem({ start: last.span.start, end: last.span.start }, `… and ${omitted.toLocaleString('en-US')} more ${more}: fix the ones above first.`, 'information'));
    return { problems, omitted };
  }

  /** A problem with its line and column, worked out only for the problems kept. */
  private problem(span: Span, message: string, severity: Severity): LedgerProblem {
    const { line, character } = this.lines.position(span.start);
    return { message, severity, span, line: line + 1, column: character + 1 };
  }
}
