import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CliArgs {
  readonly files: readonly string[];
  readonly claims?: string;
  /** Bibliographies every draft may cite, besides those its front matter names. */
  readonly bibliographies: readonly string[];
  readonly format: OutputFormat;
  /** The path a draft read from standard input stands for (--stdin-filename): where it is reported, and what its claims file and bibliographies are found from. */
  readonly stdinFilename?: string;
  /** Check only the Markdown files that differ from this git revision (--changed[=REF]). */
  readonly changedSince?: string;
  /** Where a source counts; undefined: as the configuration file says, else the sentence. */
  readonly scope?: 'sentence' | 'paragraph';
  /** Days after which a claims-file entry's review is stale; undefined: the default. */
  readonly reviewMaxAgeDays?: number;
  /** How many worker threads check the drafts (--jobs N); undefined: as many as the run is worth. */
  readonly jobs?: number;
  readonly exitZero: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: fact-check [files, folders or globs...] [options]
       fact-check export --to csl|claimreview [options]   (see fact-check export --help)

Checks Markdown drafts for claims that have no source: no link, footnote or
citation, and no matching entry in the claims file.

Options:
  --claims FILE       claims file to use (default: the one .fact-check.yaml
                      names, else claims.yaml, claims.yml or claims.json beside
                      each draft, or in a folder above it up to the repository)
  --bibliography FILE a bibliography (.bib, .json or .yaml) every draft may cite
                      with [@key], besides those its front matter names; may be
                      given more than once (replaces .fact-check.yaml's)
  --format text|json|github|sarif
                      output format (default: text); github writes workflow
                      annotations (::warning file=…,line=…::message), sarif
                      a SARIF 2.1.0 log for code scanning
  --changed[=REF]     check only the Markdown files changed since REF (default:
                      HEAD, so the uncommitted ones), new files included
  --stdin             check the draft on standard input (an editor's buffer, a
                      hook's pipe) instead of files
  --stdin-filename PATH
                      with --stdin: the path the draft stands for (default:
                      stdin.md here)
  --scope sentence|paragraph
                      where a source counts for a claim (default: sentence,
                      or what .fact-check.yaml says)
  --review-max-age-days N
                      a claims-file entry reviewed more than N days ago is
                      reported as weak backing (default: 365; 0: never)
  --jobs N            check the drafts on N worker threads (default: one per
                      two cores, when the drafts come to 256 KB or more)
  --exit-zero         exit 0 even when claims lack sources (for demos)
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 no warnings or errors, 1 some, 2 usage or file error.`;

// Each thread takes tens of megabytes: more than a machine has cores only costs memory.
const MAX_JOBS = 256;

/** A command-line mistake: the message is for the user, printed with the usage hint. */
export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  // "--changed" alone compares with HEAD; "--changed=REF" with REF (a revision never starts with "-").
  argv = argv.map((arg) => (arg === '--changed' ? '--changed=HEAD' : arg));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        claims: { type: 'string' },
        bibliography: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        stdin: { type: 'boolean', default: false },
        changed: { type: 'string' },
        'stdin-filename': { type: 'string' },
        scope: { type: 'string' },
        'review-max-age-days': { type: 'string' },
        jobs: { type: 'string' },
        'exit-zero': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'github' && format !== 'sarif') throw new UsageError(`--format must be text, json, github or sarif, not "${format}".`);
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin checks standard input: name no files with it.');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
  const changed = values.changed;
  if (changed !== undefined && (values.stdin || positionals.length > 0)) throw new UsageError('--changed picks the files to check: name no files and no --stdin with it.');
  if (changed !== undefined && (changed === '' || changed.startsWith('-'))) throw new UsageError(`--changed needs a git revision, not "${changed}".`);
  const scope = values.scope;
  if (scope !== undefined && scope !== 'sentence' && scope !== 'paragraph') throw new UsageError(`--scope must be sentence or paragraph, not "${scope}".`);
  const days = values['review-max-age-days'];
  // Negative numbers are written "--review-max-age-days=-1": parseArgs reads "-1" alone as an option.
  if (days !== undefined && !/^[-+]?\d{1,9}$/.test(days.trim())) throw new UsageError(`--review-max-age-days must be a whole number of days, not "${days}".`);
  const jobs = values.jobs;
  if (jobs !== undefined && !/^\s*\d{1,3}\s*$/.test(jobs)) throw new UsageError(`--jobs must be a number of threads, not "${jobs}".`);
  if (jobs !== undefined && (Number(jobs) < 1 || Number(jobs) > MAX_JOBS)) throw new UsageError(`--jobs must be from 1 to ${MAX_JOBS}, not ${Number(jobs)}.`);
  return {
    files: positionals,
    claims: values.claims,
    bibliographies: values.bibliography ?? [],
    format,
    ...(values.stdin === true && { stdinFilename: values['stdin-filename'] ?? 'stdin.md' }),
    ...(changed !== undefined && { changedSince: changed }),
    ...(scope !== undefined && { scope }),
    ...(days !== undefined && { reviewMaxAgeDays: Number(days) }),
    ...(jobs !== undefined && { jobs: Number(jobs) }),
    exitZero: values['exit-zero'] === true,
    help: values.help === true,
    version: values.version === true,
  };
}
