import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_FILE_NAMES, mergeConfigs, parseConfig, type ConfigParseResult, type MergedConfig } from '../core/config';
import { describeReadError, exists, firstExisting, type Files } from './files';
import { isInside } from './folder';
import { withoutBom } from './text';

// The configuration files above a draft, found from its folder up to the workspace folder (the
// language server) or the repository (the command line), each read once until it changes, so
// that both hosts check a draft under the same rules.

/** Configuration files above this size are refused: a team's rules take a few hundred bytes. */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/** A configuration file as read. */
export interface ConfigFile {
  readonly path: string;
  /** The text read ('' when it could not be read), for the positions of its problems. */
  readonly text: string;
  /** Its values and problems; one that cannot be read has one problem, which says why. */
  readonly parsed: ConfigParseResult;
}

/** The rules for the drafts of one folder: the configuration files above it, merged. */
export interface FolderConfig {
  /** The files that apply, the farthest first. */
  readonly files: readonly ConfigFile[];
  readonly merged: MergedConfig;
  /** The claims file they name (absolute), if any. */
  readonly claimsFile?: string;
  /** The bibliographies they name (absolute), if any. */
  readonly bibliographies?: readonly string[];
  /** Whether a draft of the folder, or below it, is one not to check. */
  ignores(draft: string): boolean;
}

/** The configuration files read so far, and which folders hold one. */
export class ConfigFiles {
  private readonly read = new Map<string, { readonly stamp: string; readonly file: ConfigFile }>();
  /** The configuration file of each folder (undefined: none), until `forgetPaths`. */
  private readonly found = new Map<string, string | undefined>();
  /** The last rules made for each folder and root, kept while their files stay the same. */
  private readonly folders = new Map<string, FolderConfig>();

  /**
   * @param files what the files are read through
   * @param trusted whether the workspace is trusted: untrusted, the restricted keys are left out (see `RESTRICTED_KEYS`)
   */
  constructor(
    private readonly files: Files,
    private readonly trusted: () => boolean = () => true,
  ) {}

  /** The rules for a draft: those of its folder, up to `root` (none: up to its repository, see `configRoot`). */
  async forDraft(draft: string, root: string | undefined, remember = true): Promise<FolderConfig> {
    return this.forFolder(dirname(draft), root ?? (await configRoot(this.files, draft, dirname(draft))), remember);
  }

  /**
   * The rules for the drafts of `dir`: the configuration files from `root` down to `dir` (`dir`'s
   * alone when it is not inside `root`). The same object while none of them changes. `remember`:
   * keep which folders hold a file until `forgetPaths` (for hosts told when files appear).
   */
  async forFolder(dir: string, root: string, remember = true): Promise<FolderConfig> {
    const dirs: string[] = [];
    for (let d = dir; ; d = dirname(d)) {
      dirs.unshift(d);
      if (d === root || !isInside(d, root) || dirname(d) === d) break;
    }
    const files: ConfigFile[] = [];
    for (const d of dirs) {
      const path = await this.lookup(d, remember);
      const file = path === undefined ? undefined : await this.file(path, root);
      if (file !== undefined) files.push(file);
    }
    const key = `${dir}\n${root}`;
    const previous = this.folders.get(key);
    if (previous && previous.files.length === files.length && previous.files.every((f, i) => f === files[i])) return previous;
    const config = folderConfig(files);
    this.folders.set(key, config);
    return config;
  }

  /** Whether `path` is named as a configuration file is. */
  isConfigFile(path: string): boolean {
    return CONFIG_FILE_NAMES.includes(basename(path));
  }

  /** Whether a configuration file is on disk. */
  exists(path: string): Promise<boolean> {
    return exists(this.files, path);
  }

  /** A configuration file changed: it is read again when next asked for. */
  forget(path: string): void {
    this.read.delete(path);
  }

  /** A configuration file appeared or disappeared: which folders hold one must be looked up again. */
  forgetPaths(): void {
    this.found.clear();
  }

  private async lookup(dir: string, remember: boolean): Promise<string | undefined> {
    if (remember && this.found.has(dir)) return this.found.get(dir);
    const path = await firstExisting(this.files, dir, CONFIG_FILE_NAMES);
    if (remember) this.found.set(dir, path);
    return path;
  }

  /**
   * The file as last read, read again when its size, time or the workspace's trust changed;
   * undefined when it is gone (deleted since it was found: no file, rather than one not read).
   */
  private async file(path: string, root: string): Promise<ConfigFile | undefined> {
    const trusted = this.trusted();
    let stamp: string;
    try {
      const stat = await this.files.stat(path);
      if (stat === undefined) return undefined;
      stamp = `${stat.size}:${stat.mtime}:${trusted}:${root}`;
    } catch (error) {
      return unreadable(path, describeReadError(error));
    }
    const cached = this.read.get(path);
    if (cached?.stamp === stamp) return cached.file;
    const file = await readConfigFile(this.files, path, root, trusted);
    this.read.set(path, { stamp, file });
    return file;
  }
}

/**
 * The folder whose configuration files the command line reads for a draft: the repository holding
 * it (the nearest folder with `.git`), else the current folder when the draft is inside it, else
 * the draft's own folder.
 */
export async function configRoot(files: Files, draft: string, cwd: string): Promise<string> {
  for (let dir = dirname(draft); ; dir = dirname(dir)) {
    if (await exists(files, join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) break;
  }
  return isInside(draft, cwd) ? cwd : dirname(draft);
}

/** Reads and parses a configuration file, inside `within` (a link out of it is refused); never throws. */
export async function readConfigFile(files: Files, path: string, within: string, trusted: boolean): Promise<ConfigFile> {
  let read;
  try {
    read = await files.read(path, MAX_CONFIG_FILE_BYTES, within);
  } catch (error) {
    return unreadable(path, describeReadError(error));
  }
  if (!read.complete) return unreadable(path, `it is over the ${MAX_CONFIG_FILE_BYTES / 1024} KB a configuration file may have`);
  let text: string;
  try {
    text = withoutBom(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    return unreadable(path, 'it is not valid UTF-8: save it as UTF-8');
  }
  return { path, text, parsed: parseConfig(text, trusted) };
}

function unreadable(path: string, why: string): ConfigFile {
  const message = `Cannot read the configuration file: ${why}. None of it applies until it can be read.`;
  return { path, text: '', parsed: { values: {}, readable: false, problems: [{ message, severity: 'error', span: { start: 0, end: 0 }, line: 1, column: 1 }] } };
}

function folderConfig(files: readonly ConfigFile[]): FolderConfig {
  const merged = mergeConfigs(files.map((f) => ({ dir: dirname(f.path), values: f.parsed.values })));
  const { claimsFile, bibliography } = merged;
  // Built on the first draft asked about: most folders ignore nothing.
  let matchers: Array<{ readonly dir: string; readonly patterns: Ignore }> | undefined;
  return {
    files,
    merged,
    ...(claimsFile && { claimsFile: absolute(claimsFile.value, claimsFile.dir) }),
    ...(bibliography && { bibliographies: bibliography.value.map((path) => absolute(path, bibliography.dir)) }),
    ignores(draft) {
      matchers ??= merged.ignore.map(({ value, dir }) => ({ dir, patterns: ignore().add([...value]) }));
      return matchers.some(({ dir, patterns }) => {
        const path = relative(dir, draft);
        return path !== '' && isInside(draft, dir) && patterns.ignores(path.split(sep).join('/'));
      });
    },
  };
}

function absolute(path: string, dir: string): string {
  return isAbsolute(path) ? path : join(dir, path);
}
