import { createCheckOptions, type CheckOptions, type CheckSettings } from '../core';
import { today } from '../host/today';
import { DEFAULT_SERVER_SETTINGS, readSettings, type ServerSettings } from './settings';

/** Asks the client for the `factCheck` section of a folder; undefined when the client cannot be asked. */
export type AskSettings = (folder: string | undefined) => Promise<unknown> | undefined;

/**
 * The settings of each workspace folder ('' for documents outside every folder), asked for once
 * and kept until they change, and the check options made from them. Clients that cannot be asked
 * (no `workspace/configuration`) push one section for all folders instead.
 */
export class SettingsCache {
  private readonly pending = new Map<string, Promise<ServerSettings>>();
  private readonly resolved = new Map<string, ServerSettings>();
  private options = new WeakMap<CheckSettings, CheckOptions>();
  /** The date, as `today` gives it, that the options are made for. */
  private day = '';
  private pushed: ServerSettings = DEFAULT_SERVER_SETTINGS;

  constructor(
    private readonly ask: AskSettings,
    private readonly warn: (message: string) => void,
    /** Today's date: the machine's, or a test's. */
    private readonly date: () => string = today,
  ) {}

  /** The settings of a folder. */
  of(folder: string | undefined): Promise<ServerSettings> {
    const key = folder ?? '';
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetch(folder).then((settings) => {
        this.resolved.set(key, settings);
        return settings;
      });
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** The settings of a folder if they are known already, else the defaults: for what cannot wait (scheduling a check). */
  known(folder: string | undefined): ServerSettings {
    return this.resolved.get(folder ?? '') ?? DEFAULT_SERVER_SETTINGS;
  }

  /**
   * The check options for `settings`, made once per settings object and day: reviews age with the
   * date, and new options make open drafts be judged afresh.
   */
  optionsFor(settings: ServerSettings): CheckOptions {
    const day = this.date();
    if (day !== this.day) {
      this.day = day;
      this.options = new WeakMap();
    }
    let options = this.options.get(settings.check);
    if (!options) {
      options = createCheckOptions(settings.check, day);
      this.options.set(settings.check, options);
    }
    return options;
  }

  /** A section the client pushed (`workspace/didChangeConfiguration`): every folder's settings are asked for again. */
  push(raw: unknown): void {
    this.pushed = readSettings(raw);
    this.forget();
  }

  forget(): void {
    this.pending.clear();
    this.resolved.clear();
  }

  private async fetch(folder: string | undefined): Promise<ServerSettings> {
    try {
      const asked = this.ask(folder);
      return asked === undefined ? this.pushed : readSettings(await asked);
    } catch (error) {
      this.warn(`Could not read the factCheck settings, using the defaults: ${(error as Error).message}`);
      return DEFAULT_SERVER_SETTINGS;
    }
  }
}
