// The protocol floor of the benchmark: a JSON-RPC peer over stdio that does nothing but publish the
// diagnostics it was given, once per "bench/echo" notification, as the server's sendDiagnostics does.
// What an edit costs beyond this is the server's own work.
import rpc from 'vscode-languageserver-protocol/node';

const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(process.stdin), new rpc.StreamMessageWriter(process.stdout));
let params;
connection.onNotification('bench/hold', (held) => (params = held));
connection.onNotification('bench/echo', () => connection.sendNotification(rpc.PublishDiagnosticsNotification.type, params));
connection.onRequest(rpc.ShutdownRequest.type, () => undefined);
connection.onNotification(rpc.ExitNotification.type, () => process.exit(0));
connection.listen();
