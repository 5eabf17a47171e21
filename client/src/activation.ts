// What activation does on the desktop and in a browser alike: the commands and the status bar
// item, with the language client loaded as each entry loads it (see extension.ts, browser.ts).
import { commands, languages, StatusBarAlignment, window, type ExtensionContext, type LogOutputChannel, type StatusBarItem } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { UNSOURCED_CODES } from '../../server/src/core/types';
import type * as Session from './session';

const UNSOURCED: ReadonlySet<string> = new Set(UNSOURCED_CODES);

/** What activate() returns, for the e2e suite: the client once it is created. */
export interface FactCheckApi {
  client(): Promise<BaseLanguageClient>;
}

/** The language client's module: the shared commands, and how this entry starts the client and its server. */
export type ClientModule = typeof Session & {
  /** Creates the client and starts the server in the background; `onState` follows the client's state. */
  startClient(context: ExtensionContext, outputChannel: LogOutputChannel, onState: () => void): BaseLanguageClient;
};

/** Registers the commands and the status bar item; `load` gives the client's module once activation may go on without it. */
export function activateWith(context: ExtensionContext, load: () => Promise<ClientModule>): FactCheckApi {
  const status = window.createStatusBarItem(StatusBarAlignment.Left, 10);
  let running: (() => boolean) | undefined;
  // Until the client exists the server counts as starting, not stopped.
  const refresh = (): void => showStatus(status, running?.() ?? true);
  const loaded = load().then((lc) => {
    const client = lc.startClient(context, window.createOutputChannel('Fact Check', { log: true }), refresh);
    running = () => lc.isRunning(client);
    refresh();
    return { lc, client };
  });
  // Commands invoked before the client is ready wait for it.
  const withClient = (run: (lc: ClientModule, client: BaseLanguageClient) => Promise<void>) => async (): Promise<void> => {
    const { lc, client } = await loaded;
    await run(lc, client);
  };
  context.subscriptions.push(
    status,
    languages.onDidChangeDiagnostics(refresh),
    window.onDidChangeActiveTextEditor(refresh),
    commands.registerCommand('factCheck.restartServer', withClient((lc, client) => lc.restart(client))),
    commands.registerCommand('factCheck.openClaimsFile', withClient((lc, client) => lc.openClaimsFile(client))),
    commands.registerCommand('factCheck.addSelection', withClient((lc, client) => lc.addSelection(client))),
  );
  refresh();
  return { client: async () => (await loaded).client };
}

/** How many claims of the active draft lack a source, in the status bar; or that the server is down. */
function showStatus(status: StatusBarItem, running: boolean): void {
  const doc = window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    status.hide();
    return;
  }
  if (!running) {
    status.text = '$(error) Fact Check stopped';
    status.tooltip = 'Fact Check: the language server is not running (click to restart it)';
    status.command = 'factCheck.restartServer';
    status.show();
    return;
  }
  status.command = 'workbench.actions.view.problems';
  const count = languages.getDiagnostics(doc.uri).filter((d) => d.source === 'fact-check' && UNSOURCED.has(String(typeof d.code === 'object' ? d.code.value : d.code))).length;
  status.text = count === 0 ? '$(check) Sourced' : `$(warning) ${count} unsourced`;
  status.tooltip = count === 0 ? 'Fact Check: every claim in this draft has a source' : `Fact Check: ${count} claim${count === 1 ? '' : 's'} without a source (click for the Problems view)`;
  status.show();
}
