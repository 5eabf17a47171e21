import { type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
/** What activate() returns, for the e2e suite: the client once it is created. */
export interface FactCheckApi {
    client(): Promise<LanguageClient>;
}
export declare function activate(context: ExtensionContext): FactCheckApi;
export declare function deactivate(): void;
