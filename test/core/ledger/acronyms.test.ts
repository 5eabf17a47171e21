import assert from 'node:assert/strict';
import { acronymReader, acronymsIn, namesSpelled } from '../../../server/src/core/ledger/acronyms';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems } from '../../../server/src/core/text/terms';

// Names written out and their acronyms stand for one another in the index of similar claims
// (server/src/core/ledger/acronyms.ts).

const stems = new Stems();

/** The terms a sentence's acronyms and names add against a claims file of `wordings`, with what each stands on. */
function added(wordings: string[], text: string): string[] {
  return acronymReader(wordings, stems)(text, normalizeTokens(text)).map((t) => `${t.term}@${text.slice(t.start, t.end)}`);
}

describe('core/ledger/acronyms', () => {
  it('reads a name written out as the acronym the claims file writes', () => {
    const file = ['The IMF approved a $3 billion loan for Egypt.', 'Growth was 0.6 percent of GDP.', 'The BJP won 240 seats.'];
    assert.deepEqual(added(file, 'The International Monetary Fund approved the loan.'), ['imf@International Monetary Fund']);
    assert.deepEqual(added(file, 'The Bharatiya Janata Party won.'), ['bjp@Bharatiya Janata Party']);
    // Lowercase words spell one too, three of them at least.
    assert.deepEqual(added(file, 'The deficit was 5.8 percent of gross domestic product.'), ['gdp@gross domestic product']);
  });

  it('reads an acronym as the words of the claims file that spell it', () => {
    const file = ['The Federal Trade Commission banned most noncompete clauses.', 'The Bank of England raised rates.'];
    assert.deepEqual(added(file, 'The FTC rule was blocked.'), ['feder@FTC', 'trade@FTC', 'commiss@FTC']);
    // "of" may stand between a name's words.
    assert.deepEqual(added(file, 'The BOE raised rates.'), ['bank@BOE', 'england@BOE']);
  });

  it('adds nothing for initials the claims file does not know, nor for a claims file without acronyms or names', () => {
    assert.deepEqual(added(['The IMF approved a loan.'], 'The World Health Organization said so.'), []);
    assert.deepEqual(added(['Unemployment fell to 3.8 percent.'], 'The International Monetary Fund and the WHO said so.'), []);
  });

  it('gives the acronyms a text writes, and those its names written out would have', () => {
    const text = "Singapore's People's Action Party met the ECB on gross domestic product.";
    assert.deepEqual(acronymsIn(text, normalizeTokens(text)), ['ecb']);
    const spelled = namesSpelled(text, normalizeTokens(text));
    assert.ok(spelled.has('pap') && spelled.has('spap'), [...spelled].join(' '));
    // Words in lowercase spell no name, nor do names with "and" between their words.
    assert.ok(!spelled.has('gdp'), [...spelled].join(' '));
    const nurses = 'The Irish Nurses and Midwives Organisation counted them.';
    assert.ok(!namesSpelled(nurses, normalizeTokens(nurses)).has('inmo'));
  });
});
