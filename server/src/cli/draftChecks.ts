import { relative } from 'node:path';
import { EMPTY_LEDGER, Checker, type Ledger } from '../core';
import { ledgerFindings } from '../core/ledger';
import { BibliographyFiles } from '../host/bibliographyFiles';
import { repositoryOf } from '../host/claimsFile';
import { ClaimsFiles } from '../host/claimsStore';
import { DraftConfigs, type DraftConfig, type Flags } from '../host/draftConfig';
import { readDraft } from '../host/draftFile';
import { draftLibrary } from '../host/draftLibrary';
import { describeReadError } from '../host/files';
import { nodeFiles } from '../host/nodeFiles';
import { COMMAND_LINE_LIMITS, Parsing } from '../host/parsing';
import { ParseWorker } from '../host/parseWorker';
import { readStdinDraft } from '../host/stdinDraft';
import { statsOnce } from '../host/statsOnce';
import { locate, type Located } from './report';

/** What a file gave: its findings, or why it could not be read or used (which fails the run). */
export type Outcome = { readonly located: readonly Located[] } | { readonly error: string };

/** A file a draft used besides itself: a configuration file, its claims file, a bibliography. */
export interface FileUse {
  /** What a run reports once: the file's problems (by its path), or that a bibliography named cannot be read. */
  readonly id: string;
  /** The outcome's key in a report's `files`: what the file's findings depend on (the draft's configuration, its claims file). */
  readonly key: string;
}

/** What checking one draft gave. Plain data, so that a worker thread can send it. */
export interface DraftReport {
  /** The files the draft used, in the order a report gives them: configuration files, bibliographies named, its claims file, its bibliographies. */
  readonly uses: readonly FileUse[];
  /**
   * The outcomes of the uses not seen before by this checker (see `FileUse.key`): each file is
   * reported once, at the first draft that uses it, and only the whole run's reports together say
   * which draft that is (see `mergeReports`).
   */
  readonly files: ReadonlyMap<string, Outcome>;
  /** The draft's findings, or why it could not be read; nothing when its claims file cannot be read. */
  readonly draft?: Outcome;
}

/** How a run checks its drafts: the flags, and where and when it runs. */
export interface RunSettings {
  readonly flags: Flags;
  readonly cwd: string;
  /** The date reviews are aged by. */
  readonly today: string;
  /** The bundle to run slow parse jobs on a worker thread with (this very command line). */
  readonly script: string;
  /** The path a draft read from standard input stands for, when it is. */
  readonly stdinFilename?: string;
}

/**
 * Checks drafts one after another on one thread, keeping what they share: configuration files,
 * claims files and bibliographies are read and parsed once, the check options made once a folder.
 */
export class DraftChecks {
  private readonly configs: DraftConfigs;
  private readonly parsing: Parsing;
  private readonly checker: Checker;
  private readonly claimsFiles: ClaimsFiles;
  private readonly bibliographies: BibliographyFiles;
  /** The keys of the outcomes given in a report already. */
  private readonly given = new Set<string>();
  // The disk as this run finds it: thousands of drafts ask after the same folders' files.
  private readonly files = statsOnce(nodeFiles);

  constructor(private readonly run: RunSettings) {
    const { files } = this;
    this.configs = new DraftConfigs(files, run.flags, run.cwd, run.today);
    // Slow parse jobs, and long claims files, run on a worker thread.
    this.parsing = new Parsing(() => new ParseWorker(run.script), COMMAND_LINE_LIMITS);
    this.checker = new Checker(this.parsing);
    this.claimsFiles = new ClaimsFiles(
      files,
      () => undefined,
      (path) => repositoryOf(files, path),
      (read, signal) => this.parsing.readClaims(read, signal),
      () => undefined,
      'the repository (name it with --claims to use it)',
    );
    this.bibliographies = new BibliographyFiles(files);
  }

  /** A draft's size in bytes, from the stats the run keeps (0 when it cannot be looked at: reading it says why). */
  async size(draft: string): Promise<number> {
    try {
      return (await this.files.stat(draft))?.size ?? 0;
    } catch {
      return 0;
    }
  }

  /** Whether a configuration file says not to check `draft`. */
  ignores(draft: string): Promise<boolean> {
    return this.configs.ignores(draft);
  }

  async check(draft: string): Promise<DraftReport> {
    const uses: FileUse[] = [];
    const files = new Map<string, Outcome>();
    const config = await this.configs.of(draft);
    const { options } = config;
    // What a file's findings depend on besides the file: the configuration files that apply.
    const configKey = config.files.map((f) => f.path).join('\n');
    const use = (id: string, context: string, outcome: () => Outcome): void => {
      const key = `${context}\n${id}`;
      uses.push({ id, key });
      if (!this.given.has(key)) files.set(key, outcome());
      this.given.add(key);
    };

    for (const file of config.files) use(file.path, configKey, () => ({ located: locate(this.display(file.path), file.text, ledgerFindings(file.parsed.problems, options, 'config-file')) }));
    // Bibliographies named by a flag or a configuration file must be readable.
    for (const path of config.bibliographies) {
      const { readError } = await this.bibliographies.get(path);
      use(`named\n${path}`, '', () => (readError === undefined ? { located: [] } : { error: `cannot read bibliography ${this.display(path)}: ${readError}` }));
    }
    const claims = await this.claimsFor(draft, config, (path, outcome) => use(path, configKey, outcome));
    if (!claims) return { uses, files };
    let text: string;
    try {
      text = this.run.stdinFilename === undefined ? await readDraft(this.files, draft, options.maxDraftLength) : readStdinDraft(options.maxDraftLength);
    } catch (error) {
      return { uses, files, draft: { error: `cannot read ${this.display(draft)}: ${describeReadError(error)}` } };
    }
    const library = await draftLibrary(draft, text, claims.ledger, config.bibliographies, this.bibliographies, await repositoryOf(this.files, draft));
    for (const file of library.files) {
      // A bibliography's problems include its keys that are claims-file ids too.
      use(file.path, `${configKey}\n${claims.path ?? ''}`, () => {
        const problems = library.fileProblems.get(file.path);
        return { located: problems && file.text !== undefined ? locate(this.display(file.path), file.text, ledgerFindings(problems, options, 'bibliography')) : [] };
      });
    }
    const own = ledgerFindings(library.draftProblems, options, 'bibliography');
    const { findings } = await this.checker.checkText(text, library.ledger, options);
    return { uses, files, draft: { located: locate(this.display(draft), text, [...own, ...findings]) } };
  }

  /** A file's name as reports give it: relative to the folder the command runs in. */
  private display(path: string): string {
    return relative(this.run.cwd, path) || path;
  }

  /** Ends the thread slow parse jobs run on, if one was started. */
  dispose(): void {
    this.parsing.dispose();
  }

  /**
   * The draft's claims file and its ledger, having told `use` of the file's outcome; undefined when
   * the file cannot be read, and then the draft is not checked.
   */
  private async claimsFor(draft: string, { claimsFile, options }: DraftConfig, use: (path: string, outcome: () => Outcome) => void): Promise<{ path?: string; ledger: Ledger } | undefined> {
    const path = await this.claimsFiles.resolve(draft, undefined, claimsFile);
    if (path === undefined) return { ledger: EMPTY_LEDGER };
    const file = await this.claimsFiles.get(path);
    const missing = claimsFile !== '' && file.current === undefined && file.readError === undefined;
    if (file.readError !== undefined || missing) {
      use(path, () => ({ error: `cannot read claims file ${this.display(path)}: ${file.readError ?? 'no such file'}` }));
      return undefined;
    }
    // Entries of a file that cannot be read as a whole are a fragment: none are used (see ClaimsFiles).
    use(path, () => ({ located: file.current ? locate(this.display(path), file.current.getText(), ledgerFindings(file.problems, options)) : [] }));
    return { path, ledger: file.ledger };
  }
}
