import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { changedMarkdownFiles } from '../host/gitChanges';
import { mainOrParseWorker } from '../host/parseWorker';
import { today } from '../host/today';
import { parseCliArgs, USAGE, UsageError } from './args';
import { DraftChecks, type RunSettings } from './draftChecks';
import { findDrafts, NoMatchError } from './drafts';
import { runExport } from './export';
import { mergeReports } from './merge';
import { progressLine, type Progress } from './progress';
import { summarize } from './report';
import { ReportText } from './reportText';
import { checkDrafts, isDraftWorker, serveDraftChecks, startDraftWorkers, threadsFor } from './threads';

declare const PACKAGE_VERSION: string;

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

async function main(argv: readonly string[]): Promise<number> {
  // A run is over in seconds, too soon for TurboFan's inlining to repay its cost: with it, compiling
  // took as much CPU as half the checking, and the check was slower (see docs/performance.md). V8's
  // flags are the process's, so the worker threads started below inherit this one.
  setFlagsFromString('--no-turbo-inlining');
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
  let found: string[];
  if (args.stdinFilename !== undefined) {
    found = [resolve(args.stdinFilename)];
  } else if (args.changedSince !== undefined) {
    try {
      found = changedMarkdownFiles(args.changedSince, process.cwd());
    } catch (error) {
      process.stderr.write(`fact-check: --changed: ${(error as Error).message}\n`);
      return EXIT_ERROR;
    }
  } else {
    found = await findDrafts(args.files);
  }
  // The threads are counted by the drafts found, and start loading while this thread reads the
  // configuration files that may leave some drafts out.
  const foundSizes = await Promise.all(found.map((draft) => here.size(draft)));
  const workers = startDraftWorkers(args.stdinFilename !== undefined ? 0 : (args.jobs ?? threadsFor(foundSizes)), run);
  const text = new ReportText(args.format);
  let drafts: string[];
  let progress: Progress | undefined;
  let reports;
  try {
    const ignored = await Promise.all(found.map((draft) => here.ignores(draft)));
    drafts = found.filter((_, i) => !ignored[i]);
    const sizes = foundSizes.filter((_, i) => !ignored[i]);
    const shown = (progress = progressLine(process.stderr, drafts.length));
    reports = await checkDrafts(drafts, sizes, workers, here, (done, report) => {
      shown.update(done);
      text.add(report);
    });
  } finally {
    progress?.end();
    for (const worker of workers) worker.end();
    here.dispose();
  }
  const merged = mergeReports(reports);
  const { located, errors } = merged;
  for (const error of errors) process.stderr.write(`fact-check: ${error}\n`);

  process.stdout.write(text.of(merged));
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
