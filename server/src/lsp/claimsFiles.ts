import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CLAIMS_FILE_NAMES, createLedger, EMPTY_LEDGER, parseLedger, type Ledger, type LedgerProblem } from '../core';
import { discoverClaimsFile, readText } from '../host/claimsFile';

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
  /** The problems of the current text. */
  readonly problems: readonly LedgerProblem[];
  /** The ledger in effect: the current text's, or the last readable version's while the current one cannot be read. */
  readonly ledger: Ledger;
  /** The text the ledger in effect was read from. */
  readonly ledgerText: ClaimsText | undefined;
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
  ledger: EMPTY_LEDGER,
  ledgerText: undefined,
  stale: false,
});

/** Reads and caches claims files; open editors' unsaved text wins over the disk. */
export class ClaimsFiles {
  private readonly files = new Map<string, ClaimsFile>();

  constructor(private readonly openText: (uri: string) => TextDocument | undefined) {}

  /**
   * The path of the claims file for a draft: the `claimsFile` setting (relative to the workspace
   * folder), else the nearest claims file between the draft's folder and the workspace folder,
   * else `claims.yaml` in the workspace folder (where "Add to claims file" creates it).
   */
  resolve(draftPath: string | undefined, folder: string | undefined, setting: string): string | undefined {
    const root = folder ?? (draftPath ? dirname(draftPath) : undefined);
    if (setting !== '') return isAbsolute(setting) ? setting : root ? join(root, setting) : undefined;
    const found = draftPath ? discoverClaimsFile(draftPath, folder) : undefined;
    if (found) return found;
    if (!root) return undefined;
    return CLAIMS_FILE_NAMES.map((name) => join(root, name)).find((p) => existsSync(p)) ?? join(root, CLAIMS_FILE_NAMES[0] ?? 'claims.yaml');
  }

  get(path: string): ClaimsFile {
    const known = this.files.get(path);
    if (known) return known;
    const loaded = this.load(path, undefined);
    this.files.set(path, loaded);
    return loaded;
  }

  /** Reads the file again (after a change on disk or in the editor); returns the new state. */
  reload(path: string): ClaimsFile {
    const loaded = this.load(path, this.files.get(path));
    this.files.set(path, loaded);
    return loaded;
  }

  isLoaded(path: string): boolean {
    return this.files.has(path);
  }

  /** Stands in where a draft has no claims file (an untitled draft outside any folder). */
  none(): ClaimsFile {
    return NO_CLAIMS_FILE;
  }

  isClaimsFile(path: string): boolean {
    return this.files.has(path) || CLAIMS_FILE_NAMES.includes(basename(path));
  }

  private load(path: string, previous: ClaimsFile | undefined): ClaimsFile {
    const uri = URI.file(path).toString();
    const format = path.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
    const base = { path, uri, format } as const;
    let text: string | undefined = this.openText(uri)?.getText();
    let readError: string | undefined;
    if (text === undefined && existsSync(path)) {
      try {
        text = readText(path);
      } catch (error) {
        readError = (error as Error).message;
      }
    }
    if (text === undefined) {
      return { ...base, current: undefined, problems: [], ledger: EMPTY_LEDGER, ledgerText: undefined, stale: false, readError };
    }
    const current = TextDocument.create(uri, format, 0, text);
    const parsed = parseLedger(text);
    if (!parsed.readable && previous?.ledgerText) {
      return { ...base, current, problems: parsed.problems, ledger: previous.ledger, ledgerText: previous.ledgerText, stale: true };
    }
    return { ...base, current, problems: parsed.problems, ledger: createLedger(parsed.entries), ledgerText: current, stale: false };
  }
}
