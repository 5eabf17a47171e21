import type { ProblemList } from '../ledger/problems';
import type { Severity, Span } from '../types';
import type { Reference } from './reference';

/** The references read from one file so far, each key once, and the file's problems. */
export class Found {
  readonly references: Reference[] = [];
  private readonly keys = new Set<string>();

  constructor(readonly problems: ProblemList) {}

  /** Adds a reference; a key defined before is reported where it is defined again. */
  add(reference: Reference): void {
    if (this.keys.has(reference.key)) {
      this.problem(reference.span, `"${reference.key}" is defined earlier in this file: rename one of them, or a citation of it may mean either.`, 'warning');
      return;
    }
    this.keys.add(reference.key);
    this.references.push(reference);
  }

  problem(span: Span, message: string, severity: Severity): void {
    this.problems.report(span, message, severity);
  }
}
