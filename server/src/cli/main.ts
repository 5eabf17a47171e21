import { relative } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { createCheckOptions, createLedger, EMPTY_LEDGER, ledgerFindings, type Ledger } from '../core';
import { discoverClaimsFile, readClaimsText } from '../host/claimsFile';
import { readDraft } from '../host/draftFile';
import { OutsideFolderError } from '../host/folder';
import { checkText, Parsing } from '../host/parsing';
import { serveParseJobs } from '../host/parseWorker';
import { parseCliArgs, USAGE, UsageError } from './args';
import { findDrafts, NoMatchError } from './drafts';
import { formatReport, locate, summarize, type Located } from './report';

declare const PACKAGE_VERSION: string;

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT_CLEAN;
  }
  if (args.version) {
    process.stdout.write(PACKAGE_VERSION + '\n');
    return EXIT_CLEAN;
  }
  const options = createCheckOptions({ sourceScope: args.scope });
  const drafts = await findDrafts(args.files);
  const located: Located[] = [];
  // One at a time: spreading them into push() puts every one on the stack, which a draft with a
  // hundred thousand findings overflows.
  const report = (found: readonly Located[]): void => {
    for (const l of found) located.push(l);
  };
  let fileErrors = 0;
  const fail = (message: string): void => {
    process.stderr.write(`fact-check: ${message}\n`);
    fileErrors++;
  };

  // This very script runs slow parse jobs, and reads long claims files, on a worker thread.
  const parsing = new Parsing(__filename);
  // Each claims file is read and reported once, however many drafts it governs.
  const ledgers = new Map<string, Ledger | undefined>();
  const ledgerFor = async (path: string | undefined, root?: string): Promise<Ledger | undefined> => {
    if (path === undefined) return EMPTY_LEDGER;
    if (!ledgers.has(path)) {
      try {
        // A discovered claims file is a repository's; one it links to outside itself is not read.
        const read = readClaimsText(path, root);
        const { entries, problems, readable } = await parsing.readClaims(read);
        // Entries of a file that cannot be read as a whole are a fragment: none are used.
        ledgers.set(path, createLedger(readable ? entries : []));
        report(locate(display(path), read.text, ledgerFindings(problems, options)));
      } catch (error) {
        ledgers.set(path, undefined);
        fail(`cannot read claims file ${display(path)}: ${describe(error)}`);
      }
    }
    return ledgers.get(path);
  };

  try {
    for (const draft of drafts) {
      const found = args.claims === undefined ? discoverClaimsFile(draft) : undefined;
      const ledger = await (found ? ledgerFor(found.path, found.root) : ledgerFor(args.claims));
      if (!ledger) continue;
      let text: string;
      try {
        text = readDraft(draft, options.maxDraftLength);
      } catch (error) {
        fail(`cannot read ${display(draft)}: ${describe(error)}`);
        continue;
      }
      report(locate(display(draft), text, (await checkText(parsing, text, ledger, options)).findings));
    }
  } finally {
    parsing.dispose();
  }

  process.stdout.write(formatReport(located, args.format));
  if (args.format === 'text') process.stderr.write(summarize(located, drafts.length) + '\n');
  if (fileErrors > 0) return EXIT_ERROR;
  const failing = located.some((l) => l.severity === 'error' || l.severity === 'warning');
  return failing && !args.exitZero ? EXIT_FINDINGS : EXIT_CLEAN;
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  if (error instanceof OutsideFolderError) return `it links to ${error.real}, outside the repository (name it with --claims to use it)`;
  return (error as Error).message;
}

if (isMainThread) run();
else serveParseJobs();

function run(): void {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      if (error instanceof UsageError || error instanceof NoMatchError) {
        process.stderr.write(`fact-check: ${error.message}\n`);
        if (error instanceof UsageError) process.stderr.write(`Run "fact-check --help" for usage.\n`);
      } else {
        process.stderr.write(`fact-check: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      }
      process.exitCode = EXIT_ERROR;
    },
  );
}
