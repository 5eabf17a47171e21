import { UNITS } from '../text/figures';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { RELATED_WORDS } from '../text/related';
import { negationBefore, Stems, termsOf, type Term } from '../text/terms';
import { foreignGroupsOf, whoseEnd } from './groups';
import type { Reference } from '../bibliography/reference';
import type { LedgerEntry, Span } from '../types';
import { MAX_PHRASE_WORDS } from './rules';
import { CHANGED_SCORE, createSimilarIndex, UNDETECTED_OFFER_SCORE, type AlikeEntry, type SimilarEntry } from './similar';
import { figuresAgree, ofAnotherThing, saysWhatOf } from './figureAgreement';
import { changedInWords, EntryFigures, type CheckedFigure } from './changedInWords';
import { figureBesideTest } from './figureBeside';
import { figuresChanged, roundsAlike } from './figureChange';
import { figuresContradict, isYearWritten, otherPeriod } from './figureConflict';
import { figuresOf, figureWordsOf, isMeasureWord, type FigureWords } from './figureWords';
import { saidOfTest } from './saidOf';
import { entryPlacesReader, monthTest, ofOtherPlace, settingTest } from './setting';
import { entryStagesReader, otherStage, stagesIn } from './stages';
import { placesIn } from './wording';
import { similarChangeTest } from './similarChange';
import { opposite } from './direction';
import { yearChangeTest } from './yearChange';
import { figurePicker } from './figurePick';
import { namedOtherTest } from './namedOther';
import { isRanking, rankingFilter } from './ranking';
import { isBare, phraseContext } from './phraseContext';
import { nodeOf, PhraseWalk, type TrieNode } from './trie';

/** The claims file's entries, indexed for citation look-up and phrase matching. */
export interface Ledger {
  readonly size: number;
  get(id: string): LedgerEntry | undefined;
  ids(): Iterable<string>;
  /** Every occurrence of an entry's `match` phrase in `text[span]`, in text order, but those said of another subject than its entry's claim (see ./saidOf). */
  findMatches(text: string, span?: Span): LedgerMatch[];
  /**
   * Every place in `text[span]` that words an entry's `match` phrase with a figure in it, but with
   * another figure ("15-month conflict" against "14-month conflict"), unless said of another subject
   * than the entry's claim (see ./saidOf); or else, where `text[span]`
   * states an entry's claim in other words with another figure, that figure.
   */
  findFigureMismatches(text: string, span?: Span): readonly FigureMismatch[];
  /**
   * Both, and the entry the text words otherwise (a similar claim, see ./similar), from one reading
   * of the text: what a checked sentence needs. Not an entry whose phrase the text words with a
   * figure of another thing ("revenue grew by 6 percent" against the economy's "grew by 0.6 percent"),
   * nor one whose phrase it says of another subject ("Russia deployed 3,000 additional troops").
   */
  lookUp(text: string, span?: Span): LookUp;
  /**
   * What `lookUp` finds that makes a claim of a sentence the detector found none in: its phrases
   * ("the club's nineteenth league title", "acquitted of the murder of David Byrne"), its figures
   * changed, and the entry it words otherwise only where it has all the words of one of the
   * entry's phrases with its figure ("Of the twelve points in Beijing's plan for peace") or words
   * nearly all of it (`UNDETECTED_OFFER_SCORE`): a figure it shares with an entry and little else
   * ("the striker's 19th league goal" and the club's "19th league title") may be of another thing,
   * which the detector's silence does not rule out.
   */
  lookUpPhrases(text: string, span?: Span): LookUp;
  /** The bibliography entry a citation key names, among the works the draft may cite besides the claims file (see ../bibliography/library). */
  reference(key: string): Reference | undefined;
}

/** What a sentence words of the claims file: its phrases, its figures changed, and the entry it words otherwise. */
export interface LookUp {
  readonly matches: readonly LedgerMatch[];
  readonly mismatches: readonly FigureMismatch[];
  readonly similar?: SimilarEntry;
}

/** What a sentence that words nothing of the claims file looks up. */
const NOTHING_FOUND: LookUp = { matches: [], mismatches: [] };
const NO_CHANGES: readonly FigureMismatch[] = [];

/** A draft's wording of an entry's phrase with its figures changed. */
export interface FigureMismatch extends LedgerMatch {
  /** Each figure of the phrase the draft writes otherwise: where, what the draft says, and what the phrase says. */
  readonly figures: ReadonlyArray<{ readonly span: Span; readonly found: string; readonly expected: string }>;
}

/** A place where a draft uses the wording of a claims-file entry. */
export interface LedgerMatch {
  readonly entryId: string;
  /** Where the phrase occurs, in offsets of the searched text. */
  readonly span: Span;
  /** The phrase as the claims file writes it. */
  readonly phrase: string;
  /** Whether the draft negates the phrase ("there are no microchips in vaccines"): it denies what the entry claims. */
  readonly denied?: true;
  /** Whether the phrase holds a figure ("19th league title"), which makes it a figure claim where the detector counts none. */
  readonly figure?: true;
}

interface Phrase {
  readonly entryId: string;
  readonly phrase: string;
  /** Its place in the claims file, the order of matches at one position. */
  readonly order: number;
}

/** A phrase with figures: its figures in order, normalized and as written. */
export interface FigurePhrase extends Phrase {
  readonly figures: ReadonlyArray<{ readonly norm: string; readonly text: string }>;
  /**
   * For a phrase any figure of its kind words alike ("4.5 millimetres a year", "1.6 million
   * people", "highest since 2008"), the stems of its entry's claim but the phrase's, one of which
   * the sentence must share for its figure to be changed ("rising", "concert"): see ./phraseContext.
   */
  readonly context?: ReadonlySet<string>;
  /**
   * For a phrase with no word of its own but figures, units and words of change ("grew by 0.6
   * percent", "£11.44 an hour"), what its figure is of in the entry's claim ("the economy"): where
   * the draft says what its figure is of, it must be that.
   */
  readonly of?: readonly FigureWords[];
}

/** What stands for any figure in the index of phrases with figures. */
const FIGURE = '#';

/**
 * At most this many matches are reported in one sentence: enough for any real sentence, and a
 * bound on what a claims file whose phrases all match a long run-on sentence can cost.
 */
const MAX_MATCHES = 1000;

/** Indexes entries by id (the first of a repeated id wins) and their phrases by their words. */
export function createLedger(entries: readonly LedgerEntry[]): Ledger {
  const byId = new Map<string, LedgerEntry>();
  // A phrase is found by walking the draft's words from each word of a sentence down a tree of the
  // phrases' words: a look-up costs the same for ten entries or a hundred thousand, even when
  // thousands of phrases share their first words ("the", "generated phrase …"), and most words
  // start no phrase at all, so they cost one Map miss.
  const root: TrieNode<Phrase[]> = {};
  // The phrases that hold a figure and a word, by their words with any figure in a figure's place,
  // then by their figures: one wording may be checked with several figures (a rate, year by year).
  const shapes: TrieNode<Map<string, FigurePhrase[]>> = {};
  const stems = new Stems();
  let order = 0;
  // The phrases that only rank a figure against a period (./ranking).
  const ranking = new Set<string>();
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    const keys = new Set<string>();
    for (const phrase of entry.match) {
      const tokens = normalizeTokens(phrase);
      const norms = tokens.map((t) => t.norm);
      const key = norms.join(' ');
      // Two spellings of one phrase ("14-month", "fourteen-month") would report the entry twice.
      if (norms.length === 0 || norms.length > MAX_PHRASE_WORDS || keys.has(key)) continue;
      keys.add(key);
      const indexed = { entryId: entry.id, phrase, order: order++ };
      if (isRanking(norms)) ranking.add(phrase);
      (nodeOf(root, norms).value ??= []).push(indexed);
      const figures = tokens.filter((t) => isFigureNorm(t.norm)).map((t) => ({ norm: t.norm, text: phrase.slice(t.start, t.end) }));
      // A figure alone, or with its unit, says nothing of what it counts: "14-month conflict", not "14 months".
      if (figures.length > 0 && norms.some((n) => !isFigureNorm(n) && !UNITS.has(n))) {
        const byFigures = (nodeOf(shapes, norms.map(shapeOf)).value ??= new Map());
        const figureKey = figures.map((f) => f.norm).join(' ');
        const claim = entry.claim ?? '';
        const context = phraseContext(norms, claim, stems);
        const thin = norms.every((n) => isBare(n) || isMeasureWord(stems.of(n)));
        const claimFigures = thin ? figuresOf(claim, normalizeTokens(claim), stems) : undefined;
        const of = claimFigures && termsOf(tokens, stems).flatMap((t) => (t.figure ? (claimFigures.get(t.term) ?? []) : []));
        const same = byFigures.get(figureKey);
        const figurePhrase: FigurePhrase = { ...indexed, figures, ...(context && { context }), ...(of && of.length > 0 && { of }) };
        if (same) same.push(figurePhrase);
        else byFigures.set(figureKey, [figurePhrase]);
      }
    }
  }

  compact(root);

  const similar = createSimilarIndex([...byId.values()]);

  const saidOf = saidOfTest((id) => byId.get(id), stems, RELATED_WORDS);
  const yearsChanged = yearChangeTest((id) => byId.get(id)?.claim);

  /**
   * Every occurrence of a phrase among `tokens` of `text`, in text order, but those said of another
   * subject (see ./saidOf), whose entries are added to `elsewhere`, and those with no figure where
   * the text gives another figure than the entry's (see ./figureConflict).
   */
  const matchesIn = (text: string, tokens: readonly NormToken[], elsewhere?: Set<string>): LedgerMatch[] => {
    const matches: LedgerMatch[] = [];
    const saidOfAnother = saidOf(text, tokens);
    let figures: readonly string[] | undefined;
    const contradicted = (id: string): boolean => {
      figures ??= termsOf(tokens, stems).flatMap((t) => (t.figure ? [t.term] : []));
      const entry = figures.length > 0 ? byId.get(id) : undefined;
      return entry !== undefined && figuresContradict(figures, checkedFiguresOf(entry));
    };
    // The phrases said of another subject, by entry and place.
    let others: Array<{ readonly entryId: string; readonly start: number; readonly end: number }> | undefined;
    const walk = new PhraseWalk(root, tokens);
    for (let i = 0; i < tokens.length && matches.length < MAX_MATCHES; i++) {
      if (!walk.from(i)) continue;
      const token = tokens[i] as NormToken;
      const denied = negationBefore(tokens, i) !== undefined;
      // A span for each phrase's end, shared by the entries that word it.
      let span: Span | undefined;
      let spanLast = -1;
      let phrase: Phrase | undefined;
      for (let left = MAX_MATCHES - matches.length; left > 0 && (phrase = walk.next()); left--) {
        const { last, figure } = walk;
        if (saidOfAnother(i, last, phrase)) {
          elsewhere?.add(phrase.entryId);
          (others ??= []).push({ entryId: phrase.entryId, start: token.start, end: tokens[last]?.end ?? token.end });
          continue;
        }
        if (!figure && contradicted(phrase.entryId)) continue;
        if (!span || last !== spanLast) {
          span = { start: token.start, end: tokens[last]?.end ?? token.end };
          spanLast = last;
        }
        matches.push(matchOf(phrase, span, denied, figure));
      }
    }
    // Another phrase of the entry over the same words is said of that other subject too: "A Texas
    // man … was sentenced to 25 years in prison" words "sentenced to 25 years", said of him, and
    // "25 years in prison", whose own clause reaches back to no name.
    return others === undefined ? matches : matches.filter((m) => !others?.some((o) => o.entryId === m.entryId && o.start < m.span.end && m.span.start < o.end));
  };

  const pickFigure = figurePicker((id) => byId.get(id)?.claim, stems);

  /** Every wording of a phrase with figures among `tokens` of `text` whose figures are changed. */
  const mismatchesIn = (text: string, tokens: readonly NormToken[], others: Set<string>): FigureMismatch[] => {
    const mismatches: FigureMismatch[] = [];
    let sentenceStems: ReadonlySet<string> | undefined;
    const has = (stem: string): boolean => (sentenceStems ??= new Set(termsOf(tokens, stems).map((t) => t.term))).has(stem);
    const shares = (context: ReadonlySet<string>): boolean => {
      for (const stem of context) if (has(stem)) return true;
      return false;
    };
    // Of entries that give one wording several figures, the one whose claim's names the sentence writes (./figurePick).
    const pick = (byFigures: ReadonlyMap<string, readonly FigurePhrase[]>): FigurePhrase | undefined => pickFigure(byFigures, has);
    const wordsAt = figureWordsOf(text, tokens, stems);
    const saidOfAnother = saidOf(text, tokens);
    const ofWhat = ({ entryId, of = [] }: FigurePhrase, start: number): boolean => {
      const ours = wordsAt(start);
      const same = !ours || !saysWhatOf(ours) || !of.some(saysWhatOf) || figuresAgree(ours, of, RELATED_WORDS) === 'agree';
      if (!same) others.add(entryId);
      return same;
    };
    for (let i = 0; i < tokens.length && mismatches.length < MAX_MATCHES; i++) {
      let node = shapes.next?.get(shapeOf((tokens[i] as NormToken).norm));
      for (let k = i; node && k < tokens.length; node = node.next?.get(shapeOf(tokens[++k]?.norm ?? ''))) {
        const mismatch = node.value && figuresChanged(text, tokens.slice(i, k + 1), node.value, shares, ofWhat, pick);
        const phrase = mismatch && node.value && (node.value.size === 1 ? [...node.value.values()][0]?.[0] : pick(node.value));
        if (!mismatch || !phrase) continue;
        if (saidOfAnother(i, k, phrase)) others.add(phrase.entryId);
        else mismatches.push(mismatch);
      }
    }
    return mismatches;
  };

  // Each entry's figures as its claim and phrases write them, read once, when it is first alike to a sentence.
  const entryFigures = new EntryFigures(stems);
  const foreignGroups = foreignGroupsOf(stems);
  const entryTermsOf = (entry: LedgerEntry): Term[] => [entry.claim ?? '', ...entry.match].flatMap((w) => termsOf(normalizeTokens(w), stems));
  const stagesOf = entryStagesReader();
  const placesOf = entryPlacesReader(stems);
  const checkedFiguresOf = (entry: LedgerEntry): readonly CheckedFigure[] => entryFigures.checkedOf(entry);

  /**
   * A sentence's wordings of phrases with their figures changed, or else its wording of an entry's
   * claim with its figure changed, among the `alike` entries but `others`; to `others` are
   * added the entries of a phrase the sentence words with a figure of another thing, which are not
   * its claim at all.
   */
  const mismatchesOf = (text: string, tokens: readonly NormToken[], alike: readonly AlikeEntry[], others: Set<string>): FigureMismatch[] => {
    const inPhrases = shapes.next ? mismatchesIn(text, tokens, others) : [];
    const found = inPhrases.length > 0 ? inPhrases : changedInWords(text, tokens, alike.filter((a) => !others.has(a.id)), byId, entryFigures, stems);
    return ofEntries(text, tokens, found);
  };

  /**
   * `found` but the figures of another thing, period, group or movement: a figure whose words say
   * it is of another thing is that thing's (./figureAgreement), one of another year another
   * period's (./figureConflict), one of a group the entry does not name that group's (./groups),
   * and one said to move the other way another movement ("Deforestation in Brazil's Cerrado rose
   * 43 percent" against the Amazon's fall of 50 percent, ./direction), and one said of another
   * named subject that subject's (./namedOther), not the entry's changed; nor are figures said to
   * be rounded from the entry's ("almost a quarter of a metre" of 249 mm, ./figureChange).
   */
  const ofEntries = (text: string, tokens: readonly NormToken[], found: FigureMismatch[]): FigureMismatch[] => {
    if (found.length === 0) return found;
    const terms = termsOf(tokens, stems);
    const figures = terms.flatMap((t) => (t.figure ? [t.term] : []));
    const stages = stagesIn(tokens);
    const wordsAt = figureWordsOf(text, tokens, stems);
    const ofEntry = (m: FigureMismatch): boolean => {
      const entry = byId.get(m.entryId);
      if (!entry) return true;
      if (m.figures.every((f) => roundsAlike(tokens, f.span.start, f.expected, m.phrase))) return false;
      if (ofAnotherThing(entry, m.figures, wordsAt, stems, RELATED_WORDS)) return false;
      const end = whoseEnd(text, tokens, m.figures);
      if (foreignGroups(terms.filter((t) => t.start < end), () => entryTermsOf(entry)) || otherStage(stages, stagesOf(entry))) return false;
      if (ofOtherPlace(placesIn(text, tokens.filter((t) => t.start < end), stems), placesOf(entry))) return false;
      if (opposite(tokens, entry.claim ?? '', stems) || namedOther(text, tokens, entry, m.figures)) return false;
      const yearChanged = m.figures.some((f) => isYearWritten(f.found));
      return !otherPeriod(figures, checkedFiguresOf(entry), yearChanged) && (yearChanged || !otherMonth(tokens, entry));
    };
    return found.filter(ofEntry);
  };

  const otherMonth = monthTest();
  const namedOther = namedOtherTest(stems);
  const changedBeside = figureBesideTest(byId, entryFigures, stems, ofEntries);
  const ranked = rankingFilter(ranking, (id) => byId.get(id), checkedFiguresOf, stems);
  const similarChanged = similarChangeTest(byId, entryFigures, stems, ofEntries, settingTest(checkedFiguresOf, stagesOf, placesOf, otherMonth, stems));

  /** What a sentence's `tokens` word of the claims file: see `Ledger.lookUp`. */
  const lookUpTokens = (text: string, tokens: readonly NormToken[]): LookUp => {
    const { similar: found, alike } = similar.read(text, tokens, CHANGED_SCORE);
    const elsewhere = new Set<string>();
    const years = yearsChanged(text, tokens, root.next ? matchesIn(text, tokens, elsewhere) : [], elsewhere);
    // A year changed of a claim whose subject the sentence names otherwise is that subject's year ("UPS said in January 2024 …").
    const yearChanges = years.changed.filter((m) => !namedOther(text, tokens, byId.get(m.entryId), m.figures));
    const beside = changedBeside(text, tokens, years.matches, elsewhere);
    const matches = ranked(tokens, beside.matches, elsewhere);
    const mismatches = mismatchesOf(text, tokens, alike, elsewhere);
    // What the similar entry comes to (./similarChange), unless a phrase of it is said of another subject.
    const reading = found && !elsewhere.has(found.entryId) ? similarChanged(text, tokens, found) : undefined;
    // A changed figure the sentence's phrases or words already show is reported once.
    const reworded = reading && reading.changed.length > 0 ? reading.changed.filter((c) => !mismatches.some((m) => m.entryId === c.entryId)) : NO_CHANGES;
    // Most sentences change no figure: they allocate no list of changes.
    const changes = yearChanges.length + beside.changed.length + reworded.length;
    const all = changes === 0 ? mismatches : [...yearChanges, ...beside.changed, ...reworded, ...mismatches];
    return { matches, mismatches: all, ...(reading?.similar && { similar: reading.similar }) };
  };

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    ids: () => byId.keys(),
    findMatches: (text, span) => (root.next ? matchesIn(text, normalizeTokens(text, span)) : []),
    // The changed figures a check reports, from the same reading, so that a quick fix finds each one its diagnostic shows.
    findFigureMismatches: (text, span) => (byId.size === 0 ? [] : lookUpTokens(text, normalizeTokens(text, span)).mismatches),
    lookUp: (text, span) => (byId.size === 0 ? NOTHING_FOUND : lookUpTokens(text, normalizeTokens(text, span))),
    lookUpPhrases(text, span) {
      if (byId.size === 0) return NOTHING_FOUND;
      const tokens = normalizeTokens(text, span);
      // With no figure, no figure of it is changed nor shared: only its phrases, as they are.
      if (!tokens.some((t) => isFigureNorm(t.norm))) return root.next ? { matches: matchesIn(text, tokens), mismatches: NO_CHANGES } : NOTHING_FOUND;
      const { matches, mismatches, similar: found } = lookUpTokens(text, tokens);
      // A phrase with no figure is its claim only as the entry dates it: "The Beast from the East in
      // March 2018 …" is not the forecast for Christmas 2023 (a sentence that reports it may date the report).
      const figures = termsOf(tokens, stems).flatMap((t) => (t.figure ? [t.term] : []));
      const dated = (m: LedgerMatch): boolean => {
        const entry = byId.get(m.entryId);
        return m.figure === true || entry === undefined || !otherPeriod(figures, checkedFiguresOf(entry), false);
      };
      return { matches: matches.filter(dated), mismatches, ...(found !== undefined && (found.covered || found.score >= UNDETECTED_OFFER_SCORE) && { similar: found }) };
    },
    reference: () => undefined,
  };
}

/** A match of `phrase` at `span`; its flags only where set, as JSON readers of it expect. */
function matchOf({ entryId, phrase }: Phrase, span: Span, denied: boolean, figure: boolean): LedgerMatch {
  // Each shape a literal of its own: spreading optional flags in costs an object per flag.
  if (denied) return figure ? { entryId, span, phrase, denied, figure } : { entryId, span, phrase, denied };
  return figure ? { entryId, span, phrase, figure } : { entryId, span, phrase };
}

/**
 * Remakes each node's phrases one after another, node by node: made entry by entry, a node's
 * phrases lie far apart in memory, and walking the thousands that start with a common word
 * ("public money") would read each from memory on its own.
 */
function compact(node: TrieNode<Phrase[]>): void {
  if (node.value) node.value = node.value.map(({ entryId, phrase, order }) => ({ entryId, phrase, order }));
  for (const child of node.next?.values() ?? []) compact(child);
}

function shapeOf(norm: string): string {
  return isFigureNorm(norm) ? FIGURE : norm;
}

/** The ledger of a workspace without a claims file. */
export const EMPTY_LEDGER: Ledger = createLedger([]);
