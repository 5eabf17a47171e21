import { dirname, resolve } from 'node:path';
import { createCheckOptions, DEFAULT_SETTINGS, type CheckOptions } from '../core';
import { applyConfig } from '../core/config';
import { ConfigFiles, configRoot, type ConfigFile, type FolderConfig } from './configFiles';
import type { Files } from './files';

/** What the command line's flags say: each one given wins over the configuration files. */
export interface Flags {
  readonly claims?: string;
  /** Bibliographies named with --bibliography: when there are any, they replace the files'. */
  readonly bibliographies: readonly string[];
  readonly scope?: CheckOptions['sourceScope'];
  readonly reviewMaxAgeDays?: number;
}

/** What one draft is checked with on the command line. */
export interface DraftConfig {
  readonly options: CheckOptions;
  /** The claims file named (absolute), by --claims or a configuration file; '' to find one beside the draft. */
  readonly claimsFile: string;
  /** The bibliographies every draft of the folder may cite (absolute). */
  readonly bibliographies: readonly string[];
  /** The configuration files that apply, the farthest first, whose problems are reported on them. */
  readonly files: readonly ConfigFile[];
}

/**
 * The command line's rules for each draft: the configuration files above it (up to its
 * repository, see `configRoot`), with the flags given in their place. Drafts of one folder share
 * one `DraftConfig`, and so their check options.
 */
export class DraftConfigs {
  private readonly configs: ConfigFiles;
  private readonly made = new WeakMap<FolderConfig, DraftConfig>();
  /** The root of each draft folder: looking for `.git` above each of thousands of drafts adds up. */
  private readonly roots = new Map<string, string>();

  /** @param today the date reviews are aged by */
  constructor(
    private readonly files: Files,
    private readonly flags: Flags,
    private readonly cwd: string,
    private readonly today: string,
  ) {
    this.configs = new ConfigFiles(files);
  }

  /** Whether a configuration file says not to check `draft`. */
  async ignores(draft: string): Promise<boolean> {
    return (await this.folder(draft)).ignores(draft);
  }

  async of(draft: string): Promise<DraftConfig> {
    const folder = await this.folder(draft);
    let config = this.made.get(folder);
    if (!config) {
      config = this.make(folder);
      this.made.set(folder, config);
    }
    return config;
  }

  private async folder(draft: string): Promise<FolderConfig> {
    const path = resolve(this.cwd, draft);
    const dir = dirname(path);
    let root = this.roots.get(dir);
    if (root === undefined) this.roots.set(dir, (root = await configRoot(this.files, path, this.cwd)));
    return this.configs.forDraft(path, root);
  }

  private make(folder: FolderConfig): DraftConfig {
    const { flags } = this;
    const settings = applyConfig(DEFAULT_SETTINGS, folder.merged);
    const options = createCheckOptions(
      { ...settings, ...(flags.scope !== undefined && { sourceScope: flags.scope }), ...(flags.reviewMaxAgeDays !== undefined && { reviewMaxAgeDays: flags.reviewMaxAgeDays }) },
      this.today,
    );
    const claimsFile = flags.claims !== undefined ? resolve(this.cwd, flags.claims) : (folder.claimsFile ?? '');
    const bibliographies = flags.bibliographies.length > 0 ? flags.bibliographies.map((path) => resolve(this.cwd, path)) : (folder.bibliographies ?? []);
    return { options, claimsFile, bibliographies, files: folder.files };
  }
}
