import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DISPUTED_RATINGS, type Analysis, type Finding, type Ledger } from '../core';
import { lineEnd, lineStart } from '../core/text';
import { appendEntryEdit, checkedFigureEdits, citeEdit, closestIds, footnoteEdits, ignoreEdit, suggestId, type AppendResult, type NewEntry, type TextEdit } from '../core/fixes';
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
  read(): Promise<TextDocument | undefined>;
  /** The version of the open editor document, or null when it is not open. */
  readonly version: number | null;
  readonly ledger: Ledger;
}

/**
 * When the claims-file edit of an "Add … to claims file" fix is computed: when the writer picks
 * the fix, so that it goes into the claims file as it is then, not as it was when the menu was
 * built (and reading and re-parsing a whole claims file is not worth it at every cursor move).
 * - `resolve`: the client asks for it with `codeAction/resolve` (VS Code);
 * - `command`: the action runs the ADD_TO_CLAIMS_FILE command, which sends the edit with
 *   `workspace/applyEdit` (clients without `codeAction/resolve`);
 * - `now`: with the list of actions, for a client that can do neither, and only while the claims
 *   file is short (`NOW_LENGTH`): checking that an entry added to a long one reads back right takes
 *   the full claims-file reader, too long for every cursor move.
 */
export type ClaimsEditTime = 'resolve' | 'command' | 'now';

const NOW_LENGTH = 64 * 1024;

/** The command behind "Add … to claims file" for clients without `codeAction/resolve`; its argument is a ClaimsFixRequest. */
export const ADD_TO_CLAIMS_FILE = 'factCheck.addToClaimsFile';

export interface ActionContext {
  readonly draft: TextDocument;
  /** The claims file, or undefined when the draft has none (an untitled draft outside any folder). */
  readonly claims: ClaimsTarget | undefined;
  /** Whether the client applies `documentChanges` with file creation (all modern clients do). */
  readonly canCreateFiles: boolean;
  readonly claimsEdits: ClaimsEditTime;
  /** The keys of the works of the draft's bibliographies, which a mistyped citation may mean too. */
  readonly references?: readonly string[];
  /** The edit that adds `entry` to the claims file's `text` (see `appendEntryEdit`), wherever the host computes it. */
  append(text: string | undefined, entry: NewEntry, format: 'yaml' | 'json'): Promise<AppendResult>;
}

/** What a fix whose claims-file edit is left for later carries to `codeAction/resolve` or to its command. */
export interface DeferredAction {
  readonly uri: string;
}

/** What ADD_TO_CLAIMS_FILE is called with: the draft, and the fix as the client listed it. */
export interface ClaimsFixRequest extends DeferredAction {
  readonly title: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Whether a command's argument is a ClaimsFixRequest: it comes back from the client, which may have mangled it. */
export function isClaimsFixRequest(value: unknown): value is ClaimsFixRequest {
  const request = value as Partial<ClaimsFixRequest> | null;
  return (
    typeof request?.uri === 'string' &&
    typeof request.title === 'string' &&
    Array.isArray(request.diagnostics) &&
    request.diagnostics.every((d: Partial<Diagnostic> | null) => typeof d?.range?.start?.line === 'number' && typeof d.range.end?.line === 'number')
  );
}

/** A fix that adds an entry to the claims file, before its edit is computed. */
interface ClaimsFix {
  readonly title: string;
  readonly entry: NewEntry;
  /** The edits of the draft that go with it: the citation of the new entry. */
  readonly draftEdits: readonly TextEdit[];
}

/**
 * The quick fixes for our diagnostics, from the findings of the draft's current version that they
 * show. Diagnostics carry no fix data (a long draft publishes a thousand of them at every edit);
 * one published for an older version finds its finding only if its words and place are unchanged.
 */
export async function quickFixes(diagnostics: readonly Diagnostic[], analysis: Analysis, context: ActionContext): Promise<CodeAction[]> {
  const actions = (await Promise.all(findingsOf(diagnostics, analysis, context.draft).map(([diagnostic, finding]) => fixesFor(finding, diagnostic, context)))).flat();
  // Two claims of one paragraph offer the same "Ignore this claim" edit: list it once.
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = a.title + JSON.stringify(a.edit ?? a.diagnostics);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Our diagnostics among `diagnostics`, each with the finding of the draft's current version it shows. */
function findingsOf(diagnostics: readonly Diagnostic[], analysis: Analysis, draft: TextDocument): Array<[Diagnostic, Finding]> {
  const ours = diagnostics.filter((d) => d.source === SOURCE);
  if (ours.length === 0) return [];
  // Only the blocks under the diagnostics: a long draft has tens of thousands of findings. A loop
  // rather than Math.min(...offsets): a client may send more diagnostics than fit on the stack.
  let start = Infinity;
  let end = -Infinity;
  for (const d of ours) {
    start = Math.min(start, draft.offsetAt(d.range.start));
    end = Math.max(end, draft.offsetAt(d.range.end));
  }
  const findings = analysis.within({ start, end }).findings;
  return ours.flatMap((diagnostic): Array<[Diagnostic, Finding]> => {
    const finding = findingOf(diagnostic, findings, draft);
    return finding ? [[diagnostic, finding]] : [];
  });
}

function findingOf(diagnostic: Diagnostic, findings: readonly Finding[], draft: TextDocument): Finding | undefined {
  const start = draft.offsetAt(diagnostic.range.start);
  const end = draft.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.span.start === start && f.span.end === end && f.code === diagnostic.code && f.message === diagnostic.message);
}

async function fixesFor(finding: Finding, diagnostic: Diagnostic, context: ActionContext): Promise<CodeAction[]> {
  const { draft, claims } = context;
  const text = draft.getText();
  const fix = (title: string, edit: WorkspaceEdit | undefined, isPreferred = false): CodeAction[] =>
    edit ? [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(isPreferred && { isPreferred }) }] : [];
  const draftEdit = (edits: readonly TextEdit[]): WorkspaceEdit => ({ documentChanges: [editOf(draft, draft.version, edits)] });
  const toClaims = claimsFixOf(finding, context);
  const addToClaims = toClaims && claims ? await claimsAction(toClaims, diagnostic, context) : [];

  if (finding.code === 'unknown-citation' && finding.citation) {
    const { id, span } = finding.citation;
    const nearest = closestIds(id, [...(claims?.ledger.ids() ?? []), ...(context.references ?? [])]);
    return [...nearest.flatMap((candidate, i) => fix(`Change to ${candidate}`, draftEdit([{ span, newText: candidate }]), nearest.length === 1 && i === 0)), ...addToClaims];
  }
  const claim = finding.claim;
  if (!claim) return [];
  if (finding.code === 'figure-mismatch' && claims) {
    // The checked figure in place of the draft's; never a figure the claims file rates false or misleading.
    const id = finding.entryIds[0];
    const entry = id === undefined ? undefined : claims.ledger.get(id);
    const changed = entry && !DISPUTED_RATINGS.has(entry.rating) ? claims.ledger.findFigureMismatches(text, claim.sentence).find((m) => m.entryId === id && m.span.start < claim.span.end && claim.span.start < m.span.end) : undefined;
    if (changed) {
      const edits = checkedFigureEdits(changed.figures);
      const title = `Change to the checked figure: ${changed.figures.map((f) => `"${f.found}" → "${f.expected}"`).join(', ')} (${id})`;
      return [...fix(title, edits && draftEdit(edits), true), ...fix('Ignore this claim', draftEdit([ignoreEdit(text, claim.block)]))];
    }
  }
  const cites = finding.code === 'disputed-claim' || finding.code === 'figure-mismatch' ? [] : finding.entryIds;
  const actions = cites.flatMap((id) => {
    const edit = citeEdit(text, claim.sentence, id);
    return fix(`Cite ${id}`, edit && draftEdit([edit]), cites.length === 1);
  });
  if (finding.code === 'unsourced-attribution' || finding.code === 'unsourced-quantity') {
    const similar = finding.similarTo;
    const edit = similar === undefined ? undefined : citeEdit(text, claim.sentence, similar);
    if (edit) actions.push(...fix(`Cite ${similar} (similar claim)`, draftEdit([edit])));
    actions.push(...addToClaims);
    actions.push(...fix('Insert footnote', draftEdit(footnoteEdits(text, claim.sentence))));
  }
  actions.push(...fix('Ignore this claim', draftEdit([ignoreEdit(text, claim.block)])));
  return actions;
}

/** The "Add … to claims file" fix a finding offers, if any: for an unknown citation or an unsourced claim. */
function claimsFixOf(finding: Finding, context: ActionContext): ClaimsFix | undefined {
  const text = context.draft.getText();
  if (finding.code === 'unknown-citation' && finding.citation) {
    const { id, span } = finding.citation;
    const line = text.slice(lineStart(text, span.start), lineEnd(text, span.end)).trim();
    return { title: `Add ${id} to claims file`, entry: { id, claim: line, match: [] }, draftEdits: [] };
  }
  const claim = finding.claim;
  if (!claim || (finding.code !== 'unsourced-attribution' && finding.code !== 'unsourced-quantity')) return undefined;
  const sentence = text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim();
  const taken = (id: string): boolean => context.claims?.ledger.get(id) !== undefined;
  const id = suggestId(claim, sentence, taken);
  const cite = citeEdit(text, claim.sentence, id);
  return cite && { title: 'Add to claims file', entry: { id, claim: sentence, match: [claim.text] }, draftEdits: [cite] };
}

/** The code action of a claims fix, its claims-file edit computed as the client can take it. */
async function claimsAction(fix: ClaimsFix, diagnostic: Diagnostic, context: ActionContext): Promise<CodeAction[]> {
  const { title } = fix;
  const action = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  const deferred: DeferredAction = { uri: context.draft.uri };
  switch (context.claimsEdits) {
    case 'resolve':
      return [{ ...action, data: deferred }];
    case 'command': {
      const request: ClaimsFixRequest = { ...deferred, title, diagnostics: [diagnostic] };
      const command: Command = { title, command: ADD_TO_CLAIMS_FILE, arguments: [request] };
      return [{ ...action, command }];
    }
    case 'now': {
      const claims = await readClaims(context);
      const text = claims.text?.getText();
      if (claims.error !== undefined || (text?.length ?? 0) > NOW_LENGTH) return [];
      const { edit } = entryEdit(appendEntryEdit(text, fix.entry, context.claims?.format ?? 'yaml'), claims.text, fix.draftEdits, context);
      return edit ? [{ ...action, edit }] : [];
    }
  }
}

/**
 * The edit of the "Add … to claims file" fix titled `title` for one of `diagnostics`, computed
 * now against the draft and the claims file as they are; or why there is none (the draft has
 * moved on, or the claims file cannot take the entry).
 */
export async function claimsFixEdit(title: string, diagnostics: readonly Diagnostic[], analysis: Analysis, context: ActionContext): Promise<EntryEdit> {
  for (const [, finding] of findingsOf(diagnostics, analysis, context.draft)) {
    const fix = claimsFixOf(finding, context);
    if (fix?.title === title) return addEntry(fix.entry, fix.draftEdits, context);
  }
  return { error: 'The draft has changed since the fix was offered: pick it again.' };
}

/**
 * Completes a deferred action: the same fix with its claims-file edit computed now, or the action
 * unchanged when the draft or the claims file has moved on and the fix no longer applies.
 */
export async function resolveDeferred(action: CodeAction, analysis: Analysis, context: ActionContext): Promise<CodeAction> {
  const { edit } = await claimsFixEdit(action.title, action.diagnostics ?? [], analysis, context);
  return edit ? { ...action, edit } : action;
}

/** The edit of a claims fix, or why the claims file cannot take it safely. */
export interface EntryEdit {
  readonly edit?: WorkspaceEdit;
  readonly error?: string;
}

/**
 * One edit that appends an entry to the claims file (creating the file when it is missing) and
 * applies `draftEdits` to the draft, or the reason the claims file cannot take it safely.
 */
export async function addEntry(entry: NewEntry, draftEdits: readonly TextEdit[], context: ActionContext): Promise<EntryEdit> {
  const { claims } = context;
  const read = await readClaims(context);
  if (read.error !== undefined || !claims) return read;
  return entryEdit(await context.append(read.text?.getText(), entry, claims.format), read.text, draftEdits, context);
}

/** The claims file's text now (undefined when it does not exist), or why there is none to edit. */
async function readClaims({ claims }: ActionContext): Promise<{ readonly text?: TextDocument; readonly error?: string }> {
  if (!claims) return { error: 'This draft has no claims file: save it in a workspace folder first.' };
  try {
    return { text: await claims.read() };
  } catch (error) {
    return { error: `Cannot read the claims file: ${(error as Error).message}` };
  }
}

/** The workspace edit of an entry added to the claims file `text` as `result` says, with `draftEdits`. */
function entryEdit(result: AppendResult, text: TextDocument | undefined, draftEdits: readonly TextEdit[], context: ActionContext): EntryEdit {
  const { claims, draft } = context;
  if (result.error !== undefined || !claims) return { error: result.error };
  const changes: WorkspaceEdit['documentChanges'] = [];
  if (result.create !== undefined) {
    if (!context.canCreateFiles) return { error: 'This editor cannot create the claims file: create it first.' };
    // Not over a file created since it was read: the edit fails instead, rather than give that
    // file a second "claims:" list (which would hide the first).
    changes.push({ kind: 'create', uri: claims.uri, options: { overwrite: false, ignoreIfExists: false } });
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

