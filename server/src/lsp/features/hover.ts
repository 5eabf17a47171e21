import { MarkupKind } from 'vscode-languageserver';
import { isDraft } from '../folders';
import { hoverAt } from '../hover';
import type { Services } from './services';

/** Hovers over a draft's claims and citations, from the analysis of its current version. */
export function registerHover({ connection, documents, analyses, capabilities }: Services): void {
  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isDraft(doc)) return null;
    const ready = await analyses.now(doc);
    if (!ready) return null;
    const markdown = capabilities().textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
    const { claims, options, library } = ready.context;
    return hoverAt(ready.analysis, doc, doc.offsetAt(position), claims, markdown, options, library.ledger);
  });
}
