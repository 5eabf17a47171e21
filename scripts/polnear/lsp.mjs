// Drives a language server over stdio as an editor would: initialize, open each document in turn,
// wait for its diagnostics, shut down. Diagnostics come back as [start, end) offsets.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** Opens every `{ name, text }` document in `command`'s server; returns the diagnostics' offsets per name. */
export async function diagnoseOverLsp(command, documents, { docTimeoutMs = 30000 } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fact-check-eval-'));
  const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => waiting.get(params.uri)?.(params.diagnostics));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.listen();
  try {
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'polnear' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: {} } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const results = new Map();
    const started = performance.now();
    for (const doc of documents) {
      const uri = pathToFileURL(path.join(root, `${doc.name}.md`)).href;
      const diagnostics = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${doc.name} within ${docTimeoutMs} ms`)), docTimeoutMs);
        waiting.set(uri, (d) => { clearTimeout(timer); waiting.delete(uri); resolve(d); });
        void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.text } });
      });
      const starts = lineStarts(doc.text);
      results.set(doc.name, diagnostics.map((d) => ({ span: [offsetOf(starts, doc.text, d.range.start), offsetOf(starts, doc.text, d.range.end)], severity: d.severity, code: d.code })));
    }
    const wallMs = performance.now() - started;
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    const code = await exited;
    if (code !== 0) throw new Error(`server exited with code ${code}`);
    return { results, wallMs };
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetOf(starts, text, position) {
  if (position.line >= starts.length) return text.length;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  return Math.min(starts[position.line] + position.character, lineEnd);
}
