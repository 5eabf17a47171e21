import { relative, resolve } from 'node:path';
import { Checker, EMPTY_LEDGER, type Ledger } from '../core';
import { ledgerFindings } from '../core/ledger';
import { BibliographyFiles } from '../host/bibliographyFiles';
import { repositoryOf } from '../host/claimsFile';
import { ClaimsFiles } from '../host/claimsStore';
import { DraftConfigs, type DraftConfig } from '../host/draftConfig';
import { readDraft } from '../host/draftFile';
import { describeReadError } from '../host/files';
import { nodeFiles } from '../host/nodeFiles';
import { readStdinDraft } from '../host/stdinDraft';
import { statsOnce } from '../host/statsOnce';
import { changedMarkdownFiles } from '../host/gitChanges';
import { draftLibrary } from '../host/draftLibrary';
import { COMMAND_LINE_LIMITS, Parsing } from '../host/parsing';
import { today } from '../host/today';
import { mainOrParseWorker, ParseWorker } from '../host/parseWorker';
import { parseCliArgs, USAGE, UsageError } from './args';
import { findDrafts, NoMatchError } from './drafts';
import { runExport } from './export';
import { formatReport, locate, summarize, type Located } from './report';

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
  // The disk as this run finds it: thousands of drafts ask after the same folders' files.
  const files = statsOnce(nodeFiles);
  // Each draft's rules: the configuration files above it, with the flags given in their place.
  const configs = new DraftConfigs(files, args, process.cwd(), today());
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
  const ignored = await Promise.all(drafts.map((draft) => configs.ignores(draft)));
  drafts = drafts.filter((_, i) => !ignored[i]);
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
  const parsing = new Parsing(() => new ParseWorker(__filename), COMMAND_LINE_LIMITS);
  const checker = new Checker(parsing);
  const claimsFiles = new ClaimsFiles(
    files,
    () => undefined,
    (path) => repositoryOf(files, path),
    (read, signal) => parsing.readClaims(read, signal),
    () => undefined,
    'the repository (name it with --claims to use it)',
  );
  // Each claims file is read and reported once, however many drafts it governs.
  const reported = new Set<string>();
  const ledgerFor = async (draft: string, { claimsFile, options }: DraftConfig): Promise<Ledger | undefined> => {
    const path = await claimsFiles.resolve(draft, undefined, claimsFile);
    if (path === undefined) return EMPTY_LEDGER;
    const file = await claimsFiles.get(path);
    const missing = claimsFile !== '' && file.current === undefined && file.readError === undefined;
    if (file.readError !== undefined || missing) {
      if (!reported.has(path)) fail(`cannot read claims file ${display(path)}: ${file.readError ?? 'no such file'}`);
      reported.add(path);
      return undefined;
    }
    // Entries of a file that cannot be read as a whole are a fragment: none are used (see ClaimsFiles).
    if (!reported.has(path) && file.current) report(locate(display(path), file.current.getText(), ledgerFindings(file.problems, options)));
    reported.add(path);
    return file.ledger;
  };

  // Bibliographies named on the command line or in a configuration file must be readable; each
  // file's problems are reported once, as are those of each configuration file.
  const bibliographies = new BibliographyFiles(files);
  const named = new Set<string>();
  const reportConfig = async (config: DraftConfig): Promise<void> => {
    for (const file of config.files) {
      if (!reported.has(file.path)) report(locate(display(file.path), file.text, ledgerFindings(file.parsed.problems, config.options, 'config-file')));
      reported.add(file.path);
    }
    for (const path of config.bibliographies) {
      const { readError } = await bibliographies.get(path);
      if (readError !== undefined && !named.has(path)) fail(`cannot read bibliography ${display(path)}: ${readError}`);
      named.add(path);
    }
  };

  try {
    for (const draft of drafts) {
      const config = await configs.of(draft);
      const { options } = config;
      await reportConfig(config);
      const claims = await ledgerFor(draft, config);
      if (!claims) continue;
      let text: string;
      try {
        text = args.stdinFilename === undefined ? await readDraft(files, draft, options.maxDraftLength) : readStdinDraft(options.maxDraftLength);
      } catch (error) {
        fail(`cannot read ${display(draft)}: ${describeReadError(error)}`);
        continue;
      }
      const library = await draftLibrary(draft, text, claims, config.bibliographies, bibliographies, await repositoryOf(files, draft));
      for (const file of library.files) {
        const problems = library.fileProblems.get(file.path);
        if (problems && file.text !== undefined && !reported.has(file.path)) report(locate(display(file.path), file.text, ledgerFindings(problems, options, 'bibliography')));
        reported.add(file.path);
      }
      const own = ledgerFindings(library.draftProblems, options, 'bibliography');
      report(locate(display(draft), text, [...own, ...(await checker.checkText(text, library.ledger, options)).findings]));
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

mainOrParseWorker(run);

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
