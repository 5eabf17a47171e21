import { FINDING_CODES, type CheckSettings, type FindingCode, type Level } from '../core';
import { applyConfig } from '../core/config';
import type { FolderConfig } from '../host/configFiles';
import type { ServerSettings } from './settings';

/** Every code off, and no kind of claim looked for: what a draft the configuration ignores is checked with. */
const SILENT: Pick<CheckSettings, 'kinds' | 'levels'> = Object.freeze({
  kinds: Object.freeze({ attribution: false, quantity: false }),
  levels: Object.freeze(Object.fromEntries(FINDING_CODES.map((code) => [code, 'off'])) as Record<FindingCode, Level>),
});

/**
 * A folder's editor settings with its configuration files' rules in their place: the committed
 * file is the team's rules for what is checked, and wins over the editor for the keys it sets;
 * personal settings (the pause before checking, how many problems to show) stay the editor's.
 * Made once per pair, so that the check options made from them stay the same objects.
 */
export class ConfiguredSettings {
  private readonly made = new WeakMap<ServerSettings, WeakMap<FolderConfig, { checked: ServerSettings; ignored?: ServerSettings }>>();

  /** The settings for a draft under `config`; `ignored`: one the configuration says not to check. */
  of(editor: ServerSettings, config: FolderConfig, ignored: boolean): ServerSettings {
    let byConfig = this.made.get(editor);
    if (!byConfig) this.made.set(editor, (byConfig = new WeakMap()));
    let made = byConfig.get(config);
    if (!made) byConfig.set(config, (made = { checked: configured(editor, config) }));
    if (!ignored) return made.checked;
    return (made.ignored ??= { ...made.checked, check: { ...made.checked.check, ...SILENT } });
  }
}

function configured(editor: ServerSettings, config: FolderConfig): ServerSettings {
  return {
    ...editor,
    check: applyConfig(editor.check, config.merged),
    claimsFile: config.claimsFile ?? editor.claimsFile,
    bibliographies: config.bibliographies ?? editor.bibliographies,
  };
}
