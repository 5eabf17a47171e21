import { basename, dirname, isAbsolute, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLAIMS_FILE_NAMES, EMPTY_LEDGER, type Ledger, type LedgerProblem } from '../core';
import { createLedger, type LedgerParseResult } from '../core/ledger';
import { discoverClaimsFile, readClaimsText, type ClaimsFileText } from './claimsFile';
import { describeReadError, exists, firstExisting, type Files } from './files';
import { OutsideFolderError } from './folder';

/** A version of the claims file's text, for positions in it (entries, problems). */
export type ClaimsText = TextDocument;

/** What the server knows of one claims file. */
export interface ClaimsFile {
  /** Where the file is, or would be created. */
  readonly path: string;
  readonly uri: string;
  readonly format: 'yaml' | 'json';
  /** The current text (the editor's unsaved text when it is open), or undefined when the file does not exist. */
  readonly current: ClaimsText | undefined;
  /** The problems of the current text (as many as its reader keeps). */
  readonly problems: readonly LedgerProblem[];
  /** How many more problems the current text has; when there are some, the last problem says so. */
  readonly omitted: number;
  /** The ledger in effect: the current text's, or the last readable version's while the current one cannot be read. */
  readonly ledger: Ledger;
  /** The text the ledger in effect was read from. */
  readonly ledgerText: ClaimsText | undefined;
  /** False when the current text cannot be read (a syntax error, not UTF-8): its entries are not used. */
  readonly readable: boolean;
  /** True while an unreadable current text leaves an older version in effect. */
  readonly stale: boolean;
  /** Why the file could not be read from disk, when it exists but cannot be read. */
  readonly readError?: string;
}

const NO_CLAIMS_FILE: ClaimsFile = Object.freeze({
  path: '',
  uri: '',
  format: 'yaml',
  current: undefined,
  problems: [],
  omitted: 0,
  ledger: EMPTY_LEDGER,
  ledgerText: undefined,
  readable: true,
  stale: false,
});

/** Reads a claims file's text; resolves to undefined once `signal` aborts (see `Parsing.readClaims`). */
export type ClaimsReader = (read: ClaimsFileText, signal: AbortSignal) => Promise<LedgerParseResult | undefined>;

/**
 * Reads and caches claims files, for the language server and the command line alike; open
 * editors' unsaved text wins over the disk. A long file is
 * read without holding up the server (see `Parsing.readClaims`): until a version is read, the one
 * before stays in effect, and a newer version asked for meanwhile replaces the reading of an older one.
 */
export class ClaimsFiles {
  /** The version of each file in effect: the last one read. */
  private readonly files = new Map<string, ClaimsFile>();
  /** The reading under way of each file, of its newest version: how to stop it, and what it gives (undefined once stopped). */
  private readonly reading = new Map<string, { readonly stop: AbortController; readonly done: Promise<ClaimsFile | undefined> }>();
  /** Paths the user's `claimsFile` setting names: read wherever they are. */
  private readonly named = new Set<string>();
  /** The claims file of each (draft folder, workspace folder, setting); see `resolveRemembered`. */
  private readonly paths = new Map<string, Promise<string | undefined>>();

  /**
   * @param fileSystem what the files are read through
   * @param openText the editor's text of an open file
   * @param folderOf the folder a discovered claims file must stay inside (its workspace folder)
   * @param parse reads a claims file's text (in steps, or on a worker thread, when it is long)
   * @param onRead called with each version once it is read and in effect
   * @param outside how to name the folder a discovered file must stay inside, and how to use one outside it
   */
  constructor(
    private readonly fileSystem: Files,
    private readonly openText: (uri: string) => TextDocument | undefined,
    private readonly folderOf: (path: string) => string | Promise<string>,
    private readonly parse: ClaimsReader,
    private readonly onRead: (file: ClaimsFile) => void,
    private readonly outside: string,
  ) {}

  /**
   * The path of the claims file for a draft: the `claimsFile` setting (relative to the workspace
   * folder), else the nearest claims file between the draft's folder and the workspace folder,
   * else `claims.yaml` in the workspace folder (where "Add to claims file" creates it).
   */
  async resolve(draftPath: string | undefined, folder: string | undefined, setting: string): Promise<string | undefined> {
    const root = folder ?? (draftPath ? dirname(draftPath) : undefined);
    if (setting !== '') {
      const named = isAbsolute(setting) ? setting : root ? join(root, setting) : undefined;
      if (named) this.named.add(named);
      return named;
    }
    const found = draftPath ? (await discoverClaimsFile(this.fileSystem, draftPath, folder))?.path : undefined;
    if (found) return found;
    if (!root) return undefined;
    return (await firstExisting(this.fileSystem, root, CLAIMS_FILE_NAMES)) ?? join(root, CLAIMS_FILE_NAMES[0] ?? 'claims.yaml');
  }

  /**
   * `resolve`, remembered for each draft folder, workspace folder and setting until `forgetPaths`:
   * finding the file looks at the disk folder by folder, and the answer changes only when a claims
   * file appears or disappears.
   */
  resolveRemembered(draftPath: string | undefined, folder: string | undefined, setting: string): Promise<string | undefined> {
    const key = `${draftPath ? dirname(draftPath) : ''}\n${folder ?? ''}\n${setting}`;
    let found = this.paths.get(key);
    if (!found) {
      found = this.resolve(draftPath, folder, setting);
      this.paths.set(key, found);
    }
    return found;
  }

  /** A claims file appeared or disappeared: which file governs a draft must be looked up again. */
  forgetPaths(): void {
    this.paths.clear();
  }

  /** The version in effect; the first time, once it is read (a newer version asked for meanwhile, once that is read). */
  async get(path: string): Promise<ClaimsFile> {
    for (;;) {
      const known = this.files.get(path);
      if (known) return known;
      const read = await (this.reading.get(path)?.done ?? this.read(path));
      if (read) return read;
    }
  }

  /** Reads the file again (after a change on disk or in the editor); the version read then takes effect. */
  reload(path: string): void {
    void this.read(path);
  }

  /** Stands in where a draft has no claims file (an untitled draft outside any folder). */
  none(): ClaimsFile {
    return NO_CLAIMS_FILE;
  }

  isClaimsFile(path: string): boolean {
    return this.files.has(path) || this.reading.has(path) || CLAIMS_FILE_NAMES.includes(basename(path));
  }

  /** Whether a claims file exists on disk. */
  onDisk(path: string): Promise<boolean> {
    return exists(this.fileSystem, path);
  }

  /** A claims file's text on disk, refused as `get` refuses it (a link out of its folder, a FIFO, too large). */
  async readFromDisk(path: string): Promise<ClaimsFileText> {
    return readClaimsText(this.fileSystem, path, await this.withinOf(path));
  }

  /** The folder a claims file must stay inside: none for a file the setting names, read wherever it is. */
  private async withinOf(path: string): Promise<string | undefined> {
    return this.named.has(path) ? undefined : this.folderOf(path);
  }

  /** Reads the file's current version, stopping the reading of an older one; undefined when a newer one stops it. */
  private read(path: string): Promise<ClaimsFile | undefined> {
    this.reading.get(path)?.stop.abort();
    const stop = new AbortController();
    const done = this.load(path, stop.signal).then((file) => {
      if (!file || this.reading.get(path)?.stop !== stop) return undefined;
      this.reading.delete(path);
      this.files.set(path, file);
      this.onRead(file);
      return file;
    });
    this.reading.set(path, { stop, done });
    return done;
  }

  /** The file's current version, read; undefined when `signal` stops the reading. */
  private async load(path: string, signal: AbortSignal): Promise<ClaimsFile | undefined> {
    const uri = this.fileSystem.uriOf(path);
    const format = path.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
    const base = { path, uri, format } as const;
    // A version that cannot be read never replaces the last readable one, and at start there is
    // none: a fragment of a broken or half-written file would silently drop entries.
    const kept = (): Pick<ClaimsFile, 'readable' | 'ledger' | 'ledgerText' | 'stale'> => {
      const previous = this.files.get(path);
      return { readable: false, ledger: previous?.ledger ?? EMPTY_LEDGER, ledgerText: previous?.ledgerText, stale: previous?.ledgerText !== undefined };
    };
    // A discovered claims file linking out of its folder is refused open or not: the editor's
    // text of it is the outside file's.
    let read: ClaimsFileText | undefined;
    try {
      const within = await this.withinOf(path);
      const open = this.openText(uri)?.getText();
      if (open !== undefined) {
        const outside = within === undefined ? undefined : await this.fileSystem.outside(path, within);
        if (outside) throw new OutsideFolderError(outside);
        read = { text: open };
      } else if (await exists(this.fileSystem, path)) {
        read = await readClaimsText(this.fileSystem, path, within);
      }
    } catch (error) {
      const readError = error instanceof OutsideFolderError ? `it links to ${error.real}, outside ${this.outside}` : describeReadError(error);
      return { ...base, current: undefined, problems: [], omitted: 0, ...kept(), readError };
    }
    if (read === undefined) {
      return { ...base, current: undefined, problems: [], omitted: 0, ledger: EMPTY_LEDGER, ledgerText: undefined, readable: true, stale: false };
    }
    const current = TextDocument.create(uri, format, 0, read.text);
    const parsed = await this.parse(read, signal);
    if (!parsed) return undefined;
    const problems = { problems: parsed.problems, omitted: parsed.omitted ?? 0 };
    if (!parsed.readable) return { ...base, current, ...problems, ...kept() };
    return { ...base, current, ...problems, ledger: createLedger(parsed.entries), ledgerText: current, readable: true, stale: false };
  }
}
