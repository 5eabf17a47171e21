import type { Span } from '../types';

// A work a draft may cite with Pandoc's "[@key]": an entry of a bibliography (BibTeX or BibLaTeX,
// CSL JSON, CSL YAML) or of a draft's own `references`, reduced to what a writer is shown.

export interface Reference {
  readonly key: string;
  /** Where the key is written in its file. */
  readonly span: Span;
  readonly title?: string;
  /** The authors (or editors), as a reference list names them: "Smith, Doe and World Health Organization". */
  readonly authors?: string;
  /** The year of issue, as written. */
  readonly year?: string;
  /** The work's address: its URL, else its DOI as a link. */
  readonly url?: string;
}

/** A name in CSL: a person's parts, or a literal name (an organization). */
interface CslName {
  readonly family?: unknown;
  readonly given?: unknown;
  readonly literal?: unknown;
}

/** The reference a CSL item describes (CSL JSON, CSL YAML, and BibTeX once converted), with its key at `span`. */
export function fromCsl(item: Readonly<Record<string, unknown>>, key: string, span: Span): Reference {
  const names = (Array.isArray(item.author) ? item.author : Array.isArray(item.editor) ? item.editor : []) as CslName[];
  const authors = names.map(nameOf).filter((n) => n !== '');
  const title = text(item.title);
  const year = yearOf(item.issued);
  const url = text(item.URL) ?? doiLink(text(item.DOI));
  return {
    key,
    span,
    ...(title === undefined ? {} : { title }),
    ...(authors.length === 0 ? {} : { authors: listed(authors) }),
    ...(year === undefined ? {} : { year }),
    ...(url === undefined ? {} : { url }),
  };
}

function nameOf(name: CslName): string {
  if (typeof name !== 'object' || name === null) return '';
  return text(name.literal) ?? text(name.family) ?? text(name.given) ?? '';
}

/** "Smith", "Smith and Doe", "Smith, Doe and Roe". */
function listed(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The year of a CSL date: `{"date-parts": [[2020, 5]]}`, `{"raw": "2020-05"}` or `{"literal": "…"}`. */
function yearOf(date: unknown): string | undefined {
  if (typeof date !== 'object' || date === null) return text(date);
  const { 'date-parts': parts, raw, literal } = date as Record<string, unknown>;
  const first: unknown = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0][0] : undefined;
  return text(first) ?? /\d{4}/.exec(text(raw) ?? '')?.[0] ?? text(literal);
}

function doiLink(doi: string | undefined): string | undefined {
  if (doi === undefined) return undefined;
  return /^https?:\/\//i.test(doi) ? doi : `https://doi.org/${doi.replace(/^doi:/i, '')}`;
}

/** A value as one line of text, if it is a non-empty string or a number. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}
