/**
 * The configuration file (`.fact-check.yaml` or `.fact-check.json`): a team's rules for what is
 * checked, read alike by every host. The hosts find the files above a draft and read them; this
 * door parses each and merges them, the nearest winning.
 */
export { applyConfig, mergeConfigs, NO_CONFIG, type ConfigLayer, type FromFolder, type MergedConfig } from './merge';
export { CONFIG_FILE_NAMES, CONFIG_KEYS, parseConfig, RESTRICTED_KEYS, type ConfigKey, type ConfigParseResult, type ConfigValues } from './parse';
