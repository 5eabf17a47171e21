import { type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
export { LanguageClient };
/** Creates the client and starts the bundled server in the background; `onState` follows the client's state. */
export declare function startClient(context: ExtensionContext, outputChannel: LogOutputChannel, onState: () => void): LanguageClient;
export declare function isRunning(client: LanguageClient): boolean;
/** restart() throws unless the server is running; once the client gave up, start it afresh. */
export declare function restart(client: LanguageClient): Promise<void>;
export declare function openClaimsFile(client: LanguageClient): Promise<void>;
export declare function addSelection(client: LanguageClient): Promise<void>;
