import { resolve } from 'node:path';
import { changedMarkdownFiles } from '../host/gitChanges';
import { mainOrParseWorker } from '../host/parseWorker';
import { today } from '../host/today';
import { parseCliArgs, USAGE, UsageError } from './args';
import { DraftChecks, type RunSettings } from './draftChecks';
import { findDrafts, NoMatchError } from './drafts';
import { runExport } from './export';
import { mergeReports } from './merge';
import { progressLine } from './progress';
import { formatReport, summarize } from './report';
import { checkDrafts, isDraftWorker, serveDraftChecks, threadsFor } from './threads';

declare const PACKAGE_VERSION: string;

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'export') {
    const { status, stdout, stderr } = await runExport(argv.slice(1));
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    return status;
  }
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT_CLEAN;
  }
  if (args.version) {
    process.stdout.write(PACKAGE_VERSION + '\n');
    return EXIT_CLEAN;
  }
  const run: RunSettings = { flags: args, cwd: process.cwd(), today: today(), script: __filename, ...(args.stdinFilename !== undefined && { stdinFilename: args.stdinFilename }) };
  // Checks drafts here, and says which a configuration file leaves out.
  const here = new DraftChecks(run);
  let drafts: string[];
  if (args.stdinFilename !== undefined) {
    drafts = [resolve(args.stdinFilename)];
  } else if (args.changedSince !== undefined) {
    try {
      drafts = changedMarkdownFiles(args.changedSince, process.cwd());
    } catch (error) {
      process.stderr.write(`fact-check: --changed: ${(error as Error).message}\n`);
      return EXIT_ERROR;
    }
  } else {
    drafts = await findDrafts(args.files);
  }
  const ignored = await Promise.all(drafts.map((draft) => here.ignores(draft)));
  drafts = drafts.filter((_, i) => !ignored[i]);

  const sizes = await Promise.all(drafts.map((draft) => here.size(draft)));
  const threads = args.stdinFilename !== undefined ? 0 : (args.jobs ?? threadsFor(sizes));
  const progress = progressLine(process.stderr, drafts.length);
  let reports;
  try {
    reports = await checkDrafts(drafts, sizes, threads, here, run, (done) => progress.update(done));
  } finally {
    progress.end();
    here.dispose();
  }
  const { located, errors } = mergeReports(reports);
  for (const error of errors) process.stderr.write(`fact-check: ${error}\n`);

  process.stdout.write(formatReport(located, args.format));
  if (args.format === 'text') process.stderr.write(summarize(located, drafts.length) + '\n');
  if (errors.length > 0) return EXIT_ERROR;
  const failing = located.some((l) => l.severity === 'error' || l.severity === 'warning');
  return failing && !args.exitZero ? EXIT_FINDINGS : EXIT_CLEAN;
}

if (isDraftWorker()) serveDraftChecks();
else mainOrParseWorker(run);

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
