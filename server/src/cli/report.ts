import type { Finding } from '../core';
import { LineIndex } from '../core/text';
import type { OutputFormat } from './args';
import { sarifLog } from './sarif';

declare const PACKAGE_VERSION: string;
declare const DOCS_URL: string;

/** A finding placed in a file, with 1-based lines and columns (columns count UTF-16 code units). */
export interface Located {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Finding['severity'];
  readonly code: Finding['code'];
  readonly message: string;
}

export function locate(file: string, text: string, findings: readonly Finding[]): Located[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const start = lines.position(f.span.start);
    const end = lines.position(f.span.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: f.severity,
      code: f.code,
      message: f.message,
    };
  });
}

export function formatReport(located: readonly Located[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(located, null, 2) + '\n';
  // File names are relative to the folder the command runs in (see cli/main's display()).
  if (format === 'sarif') return JSON.stringify(sarifLog(located, { version: PACKAGE_VERSION, docsUrl: DOCS_URL }, process.cwd()), null, 2) + '\n';
  return formatLines(located, format);
}

/** The formats that give a line per finding, alone: a run's report is its drafts' lines, one after another. */
export type LineFormat = Extract<OutputFormat, 'text' | 'github'>;

export function isLineFormat(format: OutputFormat): format is LineFormat {
  return format === 'text' || format === 'github';
}

/** The lines of `located` in a line format. */
export function formatLines(located: readonly Located[], format: LineFormat): string {
  if (format === 'github') return located.map(annotation).join('');
  // One line a finding, always: a claims file's text in a message, or a file name, may break lines.
  return located.map((l) => `${escapeBreaks(l.file)}:${l.line}:${l.column}: ${l.severity} ${l.code}: ${l.message.replace(LINE_BREAKS, ' ')}\n`).join('');
}

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/** A file name with its line breaks written as escapes ("\\n"), so that it stays one token. */
function escapeBreaks(file: string): string {
  return file.replace(LINE_BREAKS, (b) => [...b].map((c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join(''));
}

const GITHUB_LEVEL: Readonly<Record<Located['severity'], string>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * A GitHub Actions workflow command that annotates the finding's lines in a pull request:
 * "::warning file=draft.md,line=3,endLine=3,col=5,endColumn=20,title=…::message". Columns are given
 * only for a finding on one line, as GitHub reads them.
 */
function annotation(l: Located): string {
  const place = [`file=${property(l.file)}`, `line=${l.line}`, `endLine=${l.endLine}`, ...(l.line === l.endLine ? [`col=${l.column}`, `endColumn=${l.endColumn}`] : [])];
  return `::${GITHUB_LEVEL[l.severity]} ${place.join(',')},title=${property(`fact-check ${l.code}`)}::${data(l.message)}\n`;
}

/** A workflow command's message, escaped as GitHub's toolkit escapes it: it stays one line. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, which may hold no ":" or "," either. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line for people: how many findings of each weight, over how many drafts. */
export function summarize(located: readonly Located[], drafts: number): string {
  const count = (severity: Located['severity']): number => located.filter((l) => l.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(drafts, 'draft')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information.`;
}
