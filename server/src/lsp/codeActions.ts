import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { appendEntryEdit, citeEdit, closestIds, footnoteEdits, ignoreEdit, suggestId, type Analysis, type Finding, type Ledger, type NewEntry, type TextEdit } from '../core';
import { SOURCE } from './diagnostics';
import { toRange } from './positions';

/** The claims file as the quick fixes see it at the moment they are asked for. */
export interface ClaimsTarget {
  readonly uri: string;
  readonly format: 'yaml' | 'json';
  /**
   * Its text now (the editor's unsaved text when it is open), undefined when it does not exist;
   * throws when it exists but cannot be read. A function: reading a large claims file is only
   * worth it for the fix the writer picks.
   */
  read(): TextDocument | undefined;
  /** The version of the open editor document, or null when it is not open. */
  readonly version: number | null;
  readonly ledger: Ledger;
}

export interface ActionContext {
  readonly draft: TextDocument;
  /** The claims file, or undefined when the draft has none (an untitled draft outside any folder). */
  readonly claims: ClaimsTarget | undefined;
  /** Whether the client applies `documentChanges` with file creation (all modern clients do). */
  readonly canCreateFiles: boolean;
  /**
   * Leave out the claims-file edits, for a client that asks for them with `codeAction/resolve`:
   * they read and re-parse the whole claims file, and actions are requested at every cursor move.
   */
  readonly deferClaimsEdits: boolean;
}

/** What a deferred action carries to `codeAction/resolve`. */
export interface DeferredAction {
  readonly uri: string;
}

/**
 * The quick fixes for our diagnostics, from the findings of the draft's current version that they
 * show. Diagnostics carry no fix data (a long draft publishes a thousand of them at every edit);
 * one published for an older version finds its finding only if its words and place are unchanged.
 */
export function quickFixes(diagnostics: readonly Diagnostic[], analysis: Analysis, context: ActionContext): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === SOURCE);
  if (ours.length === 0) return [];
  // Only the blocks under the diagnostics: a long draft has tens of thousands of findings.
  const offsets = ours.flatMap((d) => [context.draft.offsetAt(d.range.start), context.draft.offsetAt(d.range.end)]);
  const findings = analysis.within({ start: Math.min(...offsets), end: Math.max(...offsets) }).findings;
  const actions = ours.flatMap((diagnostic) => {
    const finding = findingOf(diagnostic, findings, context.draft);
    return finding ? fixesFor(finding, diagnostic, context) : [];
  });
  // Two claims of one paragraph offer the same "Ignore this claim" edit: list it once.
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = a.title + JSON.stringify(a.edit ?? a.diagnostics);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function findingOf(diagnostic: Diagnostic, findings: readonly Finding[], draft: TextDocument): Finding | undefined {
  const start = draft.offsetAt(diagnostic.range.start);
  const end = draft.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.span.start === start && f.span.end === end && f.code === diagnostic.code && f.message === diagnostic.message);
}

function fixesFor(finding: Finding, diagnostic: Diagnostic, context: ActionContext): CodeAction[] {
  const { draft, claims } = context;
  const text = draft.getText();
  const fix = (title: string, edit: WorkspaceEdit | undefined, isPreferred = false): CodeAction[] =>
    edit ? [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(isPreferred && { isPreferred }) }] : [];
  const draftEdit = (edits: readonly TextEdit[]): WorkspaceEdit => ({ documentChanges: [editOf(draft, draft.version, edits)] });
  const addToClaims = (title: string, entry: NewEntry, draftEdits: readonly TextEdit[]): CodeAction[] => {
    if (!context.deferClaimsEdits) return fix(title, addEntry(entry, draftEdits, context).edit);
    const data: DeferredAction = { uri: draft.uri };
    return claims ? [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data }] : [];
  };

  if (finding.code === 'unknown-citation' && finding.citation) {
    const { id, span } = finding.citation;
    const nearest = claims ? closestIds(id, claims.ledger.ids()) : [];
    const line = text.slice(text.lastIndexOf('\n', span.start) + 1, lineEnd(text, span.end)).trim();
    return [
      ...nearest.flatMap((candidate, i) => fix(`Change to ${candidate}`, draftEdit([{ span, newText: candidate }]), nearest.length === 1 && i === 0)),
      ...addToClaims(`Add ${id} to claims file`, { id, claim: line, match: [] }, []),
    ];
  }
  const claim = finding.claim;
  if (!claim) return [];
  const sentence = text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim();
  const cites = finding.code === 'disputed-claim' ? [] : finding.entryIds;
  const actions = cites.flatMap((id) => {
    const edit = citeEdit(text, claim.sentence, id);
    return fix(`Cite ${id}`, edit && draftEdit([edit]), cites.length === 1);
  });
  if (finding.code === 'unsourced-attribution' || finding.code === 'unsourced-quantity') {
    const taken = (id: string): boolean => claims?.ledger.get(id) !== undefined;
    const id = suggestId(claim, sentence, taken);
    const cite = citeEdit(text, claim.sentence, id);
    if (cite) actions.push(...addToClaims('Add to claims file', { id, claim: sentence, match: [claim.text] }, [cite]));
    actions.push(...fix('Insert footnote', draftEdit(footnoteEdits(text, claim.sentence))));
  }
  actions.push(...fix('Ignore this claim', draftEdit([ignoreEdit(text, claim.block)])));
  return actions;
}

/**
 * Completes a deferred action: the same fix, computed now with its claims-file edit, or the
 * action unchanged when the draft or the claims file has moved on and the fix no longer applies.
 */
export function resolveDeferred(action: CodeAction, analysis: Analysis, context: ActionContext): CodeAction {
  const eager = quickFixes(action.diagnostics ?? [], analysis, { ...context, deferClaimsEdits: false });
  return eager.find((a) => a.title === action.title) ?? action;
}

/**
 * One edit that appends an entry to the claims file (creating the file when it is missing) and
 * applies `draftEdits` to the draft, or the reason the claims file cannot take it safely.
 */
export function addEntry(entry: NewEntry, draftEdits: readonly TextEdit[], context: ActionContext): { readonly edit?: WorkspaceEdit; readonly error?: string } {
  const { claims, draft } = context;
  if (!claims) return { error: 'This draft has no claims file: save it in a workspace folder first.' };
  let text: TextDocument | undefined;
  try {
    text = claims.read();
  } catch (error) {
    return { error: `Cannot read the claims file: ${(error as Error).message}` };
  }
  const result = appendEntryEdit(text?.getText(), entry, claims.format);
  if (result.error !== undefined) return { error: result.error };
  const changes: WorkspaceEdit['documentChanges'] = [];
  if (result.create !== undefined) {
    if (!context.canCreateFiles) return { error: 'This editor cannot create the claims file: create it first.' };
    changes.push({ kind: 'create', uri: claims.uri, options: { ignoreIfExists: true } });
    changes.push({ textDocument: { uri: claims.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: result.create }] });
  } else if (result.edit && text) {
    changes.push(editOf(text, claims.version, [result.edit]));
  }
  if (draftEdits.length > 0) changes.push(editOf(draft, draft.version, draftEdits));
  return { edit: { documentChanges: changes } };
}

function editOf(doc: TextDocument, version: number | null, edits: readonly TextEdit[]): TextDocumentEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
  return { textDocument: { uri: doc.uri, version }, edits: lspEdits };
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
