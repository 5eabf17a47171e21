import { URI, Utils } from 'vscode-uri';
import { EMPTY_LEDGER, type Citation } from '../../core';
import type { ClaimsFile } from '../../host/claimsStore';
import type { EditedDocument } from '../document';
import { isDraft } from '../folders';
import { citationAt, citationsOf, entryAt, entryLocation, referenceLocation } from '../navigation';
import type { Services } from './services';

/** Go to Definition (a citation's entry or work) and Find All References (an id's citations). */
export function registerNavigation({ connection, documents, analyses, contexts, checker, claimsFiles, files, folders, isClaimsDocument }: Services): void {
  connection.onDefinition(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isDraft(doc)) return null;
    const { analysis, context } = await analyses.of(doc);
    const citation = citationAt(analysis, doc.offsetAt(position));
    return (citation && (entryLocation(context.claims, citation.id) ?? referenceLocation(context.library, citation.id, doc, files))) ?? null;
  });
  connection.onReferences(async ({ textDocument, position, context: { includeDeclaration } }, token) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(position);
    let claims: ClaimsFile;
    let id: string | undefined;
    const path = files.pathOf(doc.uri);
    if (isClaimsDocument(doc) && path !== undefined) {
      claims = await claimsFiles.get(path);
      id = entryAt(claims, offset);
    } else {
      const { analysis, context } = await analyses.of(doc);
      claims = context.claims;
      id = citationAt(analysis, offset)?.id;
    }
    const folder = folders.of(doc.uri) ?? (claims.path ? files.pathOf(Utils.dirname(URI.parse(claims.uri)).toString()) : undefined);
    if (id === undefined || folder === undefined) return null;
    const declaration = includeDeclaration ? entryLocation(claims, id) : undefined;
    const { options } = await contexts.of(doc.uri);
    const analyzed = async (d: EditedDocument): Promise<readonly Citation[]> => (await analyses.of(d)).analysis.citations;
    const saved = async (text: string): Promise<readonly Citation[]> => (await checker.checkText(text, EMPTY_LEDGER, options)).citations;
    return [...(declaration ? [declaration] : []), ...(await citationsOf(files, id, folder, documents.all().filter(isDraft), analyzed, saved, options.maxDraftLength, () => token.isCancellationRequested))];
  });
}
