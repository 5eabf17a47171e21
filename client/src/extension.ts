// The desktop extension's entry. The activated module stays tiny: it registers the commands and
// the status bar item, and loads the language client (dist/client.js, a separate bundle) only
// after activate() has returned.
import type { ExtensionContext } from 'vscode';
import { activateWith, type FactCheckApi } from './activation';

export type { FactCheckApi };

export function activate(context: ExtensionContext): FactCheckApi {
  // A macrotask later, so that the load happens after activation is reported as done.
  return activateWith(context, () => new Promise<void>((resolve) => setImmediate(resolve)).then(() => import('./client.js')));
}

export function deactivate(): void {
  // The client is disposed with the extension's subscriptions.
}
