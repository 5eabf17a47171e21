import type { CheckSettings, Level } from '../options';
import type { DetectedKind, FindingCode } from '../types';
import type { ConfigValues } from './parse';

/** One configuration file's values, and the folder its paths are relative to. */
export interface ConfigLayer {
  readonly dir: string;
  readonly values: ConfigValues;
}

/** A value and the folder of the file that set it (for paths, which are relative to it). */
export interface FromFolder<T> {
  readonly value: T;
  readonly dir: string;
}

/** What the configuration files above a draft set together. */
export interface MergedConfig {
  readonly claimsFile?: FromFolder<string>;
  readonly bibliography?: FromFolder<readonly string[]>;
  /** Every file's `ignore` patterns, each relative to its own folder: a nearer file adds to them. */
  readonly ignore: readonly FromFolder<readonly string[]>[];
  readonly sourceScope?: CheckSettings['sourceScope'];
  readonly kinds: Readonly<Partial<Record<DetectedKind, boolean>>>;
  readonly severity: Readonly<Partial<Record<FindingCode, Level>>>;
  readonly extraPhrases?: readonly string[];
  readonly reviewMaxAgeDays?: number;
}

export const NO_CONFIG: MergedConfig = Object.freeze({ ignore: [], kinds: {}, severity: {} });

/**
 * Merges configuration files, the farthest from the draft first: a nearer file's key replaces a
 * farther one's, except that `kinds` and `severity` merge kind by kind and code by code, and
 * `ignore` patterns add up.
 */
export function mergeConfigs(layers: readonly ConfigLayer[]): MergedConfig {
  let merged: MergedConfig = NO_CONFIG;
  for (const { dir, values } of layers) {
    const { claimsFile, bibliography, ignore, kinds, severity, ...plain } = values;
    merged = {
      ...merged,
      ...plain,
      ...(claimsFile !== undefined && { claimsFile: { value: claimsFile, dir } }),
      ...(bibliography !== undefined && { bibliography: { value: bibliography, dir } }),
      ignore: ignore === undefined ? merged.ignore : [...merged.ignore, { value: ignore, dir }],
      kinds: { ...merged.kinds, ...kinds },
      severity: { ...merged.severity, ...severity },
    };
  }
  return merged;
}

/** `settings` (an editor's, the defaults) with what the configuration files set in their place. */
export function applyConfig(settings: CheckSettings, config: MergedConfig): CheckSettings {
  return {
    ...settings,
    sourceScope: config.sourceScope ?? settings.sourceScope,
    kinds: { ...settings.kinds, ...config.kinds },
    levels: { ...settings.levels, ...config.severity },
    extraPhrases: config.extraPhrases ?? settings.extraPhrases,
    reviewMaxAgeDays: config.reviewMaxAgeDays ?? settings.reviewMaxAgeDays,
  };
}
