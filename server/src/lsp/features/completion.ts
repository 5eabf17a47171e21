import { MarkupKind } from 'vscode-languageserver';
import { completeCitation } from '../completion';
import { isDraft } from '../folders';
import type { Services } from './services';

/** Completion of citation keys after "[@": claims-file ids, then the draft's bibliography keys. */
export function registerCompletion({ connection, documents, contexts, capabilities }: Services): void {
  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isDraft(doc)) return null;
    const { library, options } = await contexts.ofDraft(doc.uri, doc.content);
    const markdown = capabilities().textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? false;
    return completeCitation(doc, position, library, markdown, options);
  });
}
