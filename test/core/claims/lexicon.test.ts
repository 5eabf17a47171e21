import assert from 'node:assert/strict';
import { createLexicon, matchPhrase, type Lexicon } from '../../../server/src/core/claims/lexicon';
import { inflect } from '../../../server/src/core/claims/lexicon/inflect';
import { tokenize, tokenKey } from '../../../server/src/core/text/tokens';

/** The lexicon with no extra phrases, as a draft with default settings is checked with. */
const DEFAULT_LEXICON = createLexicon();

/** The phrase of `lexicon` that starts at the first word of `text`, as its kind. */
function phraseKind(text: string, lexicon: Lexicon = DEFAULT_LEXICON): string | undefined {
  const keys = tokenize(text).map((t) => tokenKey(t.text));
  const phrase = matchPhrase(lexicon, keys, 0);
  return phrase === undefined || phrase.tokens.length !== keys.length ? undefined : phrase.kind;
}

describe('lexicon', () => {
  it('holds well over a hundred reporting verbs and all their forms', () => {
    assert.ok(DEFAULT_LEXICON.baseCount > 200, `only ${DEFAULT_LEXICON.baseCount} base verbs`);
    assert.ok(DEFAULT_LEXICON.verbs.size > 4 * DEFAULT_LEXICON.baseCount - 100);
    assert.ok(DEFAULT_LEXICON.phraseCount > 300);
  });

  it('knows the irregular forms', () => {
    const expected: Record<string, string> = {
      said: 'say',
      told: 'tell',
      wrote: 'write',
      written: 'write',
      thought: 'think',
      knew: 'know',
      known: 'know',
      found: 'find',
      shown: 'show',
      swore: 'swear',
      sworn: 'swear',
      held: 'hold',
      forecast: 'forecast',
      forecasted: 'forecast',
      learnt: 'learn',
      sought: 'seek',
    };
    for (const [form, base] of Object.entries(expected)) assert.equal(DEFAULT_LEXICON.verbs.get(form)?.base, base, form);
    assert.deepEqual(DEFAULT_LEXICON.verbs.get('said')?.inflections, ['past', 'participle']);
    assert.deepEqual(DEFAULT_LEXICON.verbs.get('written')?.inflections, ['participle']);
    assert.deepEqual(DEFAULT_LEXICON.verbs.get('forecast')?.inflections, ['base', 'past', 'participle']);
  });

  it('generates regular inflections with e-drop, y-change and doubling', () => {
    const forms = (base: string): string[] => [...inflect(base).keys()];
    assert.deepEqual(forms('note'), ['note', 'notes', 'noted', 'noting']);
    assert.deepEqual(forms('deny'), ['deny', 'denies', 'denied', 'denying']);
    assert.deepEqual(forms('slam'), ['slam', 'slams', 'slammed', 'slamming']);
    assert.deepEqual(forms('admit'), ['admit', 'admits', 'admitted', 'admitting']);
    assert.deepEqual(forms('vow'), ['vow', 'vows', 'vowed', 'vowing']);
    assert.deepEqual(forms('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
    assert.deepEqual(forms('echo'), ['echo', 'echoes', 'echoed', 'echoing']);
    assert.deepEqual(forms('quip'), ['quip', 'quips', 'quipped', 'quipping']);
    assert.deepEqual(forms('insist'), ['insist', 'insists', 'insisted', 'insisting']);
    assert.deepEqual(forms('signal'), ['signal', 'signals', 'signaled', 'signaling', 'signalled', 'signalling']);
  });

  it('has the British spellings of -ize verbs', () => {
    for (const form of ['emphasise', 'emphasised', 'criticises', 'criticising', 'publicised']) {
      assert.ok(DEFAULT_LEXICON.verbs.has(form), form);
    }
    assert.equal(DEFAULT_LEXICON.verbs.get('emphasised')?.base, 'emphasise');
  });

  it('grades verbs by how much they say on their own', () => {
    assert.equal(DEFAULT_LEXICON.verbs.get('said')?.strength, 'speech');
    assert.equal(DEFAULT_LEXICON.verbs.get('criticized')?.strength, 'stance');
    assert.equal(DEFAULT_LEXICON.verbs.get('added')?.strength, 'weak');
    assert.equal(DEFAULT_LEXICON.verbs.get('believes')?.strength, 'belief');
  });

  it('matches the phrasal cues in any tense', () => {
    assert.equal(phraseKind('according to'), 'source');
    assert.equal(phraseKind('According to'), 'source');
    for (const verb of ['called on', 'calls for', 'pointed out', 'pointing out', 'went on to say', 'made clear', 'makes the case', 'told reporters', 'gave guidance', 'given testimony', 'issued a statement', 'provided recommendations', 'gave assurances']) {
      assert.equal(phraseKind(verb), 'verb', verb);
    }
    for (const agentless of ['it was reported', 'It is understood', 'is said to', 'are reported to', 'is expected to', 'reports suggest', 'sources say', 'officials said', 'reportedly']) {
      assert.equal(phraseKind(agentless), 'agentless', agentless);
    }
    assert.equal(phraseKind('in a statement'), 'channel');
    assert.equal(phraseKind('in an interview'), 'channel');
  });

  it('prefers the longest phrase', () => {
    const keys = tokenize('in a joint statement').map((t) => tokenKey(t.text));
    assert.equal(matchPhrase(DEFAULT_LEXICON, keys, 0)?.tokens.length, 4);
  });

  it('lists the nouns of attribution', () => {
    for (const noun of ['claim', 'allegation', 'assertion', 'reports']) assert.ok(DEFAULT_LEXICON.cueNouns.has(noun), noun);
    for (const noun of ['spokesperson', 'officials', 'ministry']) assert.ok(DEFAULT_LEXICON.sourceNouns.has(noun), noun);
    for (const noun of ['statement', 'report', 'survey', 'poll', 'study', 'testimony', 'remarks']) {
      assert.ok(DEFAULT_LEXICON.documentNouns.has(noun), noun);
    }
  });

  it('keys words by lowercase with straight apostrophes', () => {
    assert.equal(tokenKey('China’s'), "china's");
    assert.equal(tokenKey('SAID'), 'said');
  });

  it('keys tokens while splitting them as it keys them one by one', () => {
    const text = 'Xi’s G7 said don’t É élan 3,000 Ⓐ ’ “quoted” x²';
    const keys: string[] = [];
    const tokens = tokenize(text, { start: 0, end: text.length }, keys);
    assert.deepEqual(keys, tokens.map((t) => tokenKey(t.text)));
  });

  it('matches extra phrases from settings as literal words', () => {
    const lexicon = createLexicon(['per the memo', 'sources.*close']);
    assert.equal(phraseKind('per the memo', lexicon), 'custom');
    assert.equal(phraseKind('Per The Memo', lexicon), 'custom');
    assert.equal(phraseKind('per the memo', DEFAULT_LEXICON), undefined);
    // Never a regular expression: ".*" is two punctuation tokens, not a wildcard.
    assert.equal(phraseKind('sources.*close', lexicon), 'custom');
    assert.equal(phraseKind('sources very close', lexicon), undefined);
  });

  it('builds a fresh lexicon each time and a shared default', () => {
    assert.notEqual(createLexicon(), createLexicon());
    assert.equal(DEFAULT_LEXICON.verbs.get('noted')?.base, 'note');
  });
});
