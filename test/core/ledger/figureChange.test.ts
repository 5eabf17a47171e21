import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A draft's figure that is the checked one rounded, either way, is no changed figure
// (server/src/core/ledger/figureChange.ts).

const ledger = createLedger([
  entry('tesla', 'Tesla delivered 1.81 million vehicles in 2023.', '1.81 million vehicles'),
  entry('poll', 'A poll found that 45 percent of voters support holding a second referendum.', '45 percent of voters'),
  entry('strike', 'About 33,000 Boeing machinists went on strike in September 2024.', '33,000 Boeing machinists'),
  entry('telescope', 'The James Webb Space Telescope cost $10 billion.', '$10 billion telescope'),
]);

/** What a sentence's look-up finds (see `lookedUp`). */
const found = (text: string): string[] => lookedUp(ledger, text);

describe('a figure and the checked one rounded', () => {
  it('is the checked figure where the draft writes it in full and it rounds to it', () => {
    assert.deepEqual(found('Tesla delivered 1,808,581 vehicles in 2023.'), []);
    assert.deepEqual(found('A poll found that 45.2 percent of voters support a second referendum.'), []);
    // Said to be rounded, a rounder figure is the checked one too.
    assert.deepEqual(found('Tesla delivered about 1.8 million vehicles in 2023.'), []);
  });

  it('is a changed figure where the full figure rounds to another, or the checked figure is a round one', () => {
    assert.deepEqual(found('Tesla delivered 1,818,581 vehicles in 2023.'), ['X tesla 1,818,581/1.81 million']);
    assert.deepEqual(found('The $9.7 billion telescope was launched on Christmas Day 2021.'), ['X telescope $9.7 billion/$10 billion']);
    // "About" covers a rounding off by less than a twentieth.
    assert.deepEqual(found('About 30,000 Boeing machinists went on strike.'), ['X strike 30,000/33,000']);
  });
});
