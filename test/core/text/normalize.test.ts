import assert from 'node:assert/strict';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { normalize } from '../../helpers/normalized';

/** Each token's norm with the original text it covers. */
function tokens(text: string, span?: { start: number; end: number }): Array<[string, string]> {
  return normalizeTokens(text, span).map((t) => [t.norm, text.slice(t.start, t.end)]);
}

describe('normalize', () => {
  it('folds case and joins tokens with single spaces', () => {
    assert.equal(normalize('  The   War\tin\nUkraine '), 'the war in ukraine');
    assert.equal(normalize(''), '');
    assert.equal(normalize('— … !?'), '');
  });

  it('drops apostrophes inside words, curly or straight', () => {
    assert.equal(normalize('China’s'), 'chinas');
    assert.equal(normalize("Russia's"), 'russias');
    assert.equal(normalize('don’t ‘quoted’'), 'dont quoted');
    // Apostrophes that open or close a word are quotes, not part of it.
    assert.equal(normalize("rock 'n' roll"), 'rock n roll');
  });

  it('splits words at hyphens, dashes and all other punctuation', () => {
    assert.equal(normalize('14-month'), '14 month');
    assert.equal(normalize('Xi-Zelenskiy talks'), 'xi zelenskiy talks');
    assert.equal(normalize('peace—or a truce'), 'peace or a truce');
    assert.equal(normalize('“vague,” they said.'), 'vague they said');
    assert.equal(normalize('COVID-19 (G7)'), 'covid 19 g7');
  });

  it('writes number words as digits', () => {
    assert.equal(normalize('zero one nine ten twelve nineteen'), '0 1 9 10 12 19');
    assert.equal(normalize('Twenty thirty ninety'), '20 30 90');
    assert.equal(normalize('fourteen-month war'), '14 month war');
  });

  it('joins a tens word and a unit word written with a hyphen or a space', () => {
    assert.equal(normalize('twenty-five'), '25');
    assert.equal(normalize('twenty five'), '25');
    assert.equal(normalize('Ninety-Nine'), '99');
    assert.equal(normalize('twenty-one twenty zero'), '21 20 0');
  });

  it('keeps a tens word and a unit word apart across other punctuation', () => {
    assert.equal(normalize('twenty, five'), '20 5');
    assert.equal(normalize('twenty — five'), '20 5');
    // "ten" is not a unit: "twenty ten" is not 30.
    assert.equal(normalize('twenty ten'), '20 10');
  });

  it('writes ordinal words as digit ordinals, and keeps digit ordinals whole', () => {
    assert.equal(normalize('first second third fourth twelfth twentieth'), '1st 2nd 3rd 4th 12th 20th');
    assert.equal(normalize('twenty-first ninety-ninth'), '21st 99th');
    assert.equal(normalize('the 14th, the 1ST and the 22nd'), 'the 14th the 1st and the 22nd');
    assert.equal(normalize('fourteenth'), normalize('14th'));
  });

  it('removes thousands separators and keeps decimals', () => {
    assert.equal(normalize('3,000 people'), '3000 people');
    assert.equal(normalize('1,234,567.89'), '1234567.89');
    assert.equal(normalize('2.5 million'), '2500000');
    // A comma followed by anything but a group of three digits separates numbers.
    assert.equal(normalize('1,2 and 12,3456'), '1 2 and 12 3456');
    // A sentence's final period is no decimal point.
    assert.equal(normalize('It rose 2.'), 'it rose 2');
  });

  it('writes a figure as its value and its unit, however it is written', () => {
    assert.deepEqual(tokens('$3bn'), [
      ['3000000000', '$3bn'],
      ['usd', ''],
    ]);
    for (const same of ['3.2bn dollars', '3,200 million dollars', '$3.2 billion', '3.2 billion US dollars']) assert.equal(normalize(same), '3200000000 usd', same);
    for (const same of ['45%', '45 per cent', '45 pct']) assert.equal(normalize(same), '45 percent', same);
    // A value, whatever zeros end its decimals.
    for (const same of ['6.50 percent', '6.5%']) assert.equal(normalize(same), '6.5 percent', same);
    // South Asian scales and the rupee, however written.
    for (const same of ['220 crore', '2.2 billion', '2,200 million']) assert.equal(normalize(same), '2200000000', same);
    assert.equal(normalize('5 lakh'), '500000');
    for (const same of ['Rs 2,000', 'Rs. 2,000', '₹2,000', '2,000 rupees', 'Rs2,000', 'INR 2,000']) assert.equal(normalize(same), '2000 inr', same);
    // Other currencies, by sign, word, code or abbreviation, solid with the number or not; "rs232" is no money, "try" no lira.
    for (const same of ['Sh346 billion', 'KSh 346 billion', 'KES 346 billion', '346 billion shillings']) assert.equal(normalize(same), '346000000000 shilling', same);
    for (const same of ['₦617', '617 naira', 'NGN 617']) assert.equal(normalize(same), '617 ngn', same);
    assert.equal(normalize('rs232 cables'), 'rs232 cables');
    assert.equal(normalize('try 5 times'), 'try 5 times');
    assert.equal(normalize('PHP 7.4'), 'php 7.4');
    // Basis points, abbreviated or not.
    assert.equal(normalize('by 600 bps'), normalize('by 600 basis points'));
    assert.equal(normalize('fourteen months'), normalize('14-month'));
    assert.equal(normalize('a thirtyfold rise'), normalize('a 30-fold rise'));
    assert.equal(normalize('manifold'), 'manifold');
    // Lengths and weights as metres and kilograms, in whatever unit; "5G" is no weight.
    for (const same of ['4.5 millimetres', '4.5mm', '0.45 cm']) assert.equal(normalize(same), '0.0045 metre', same);
    for (const same of ['3 tonnes', '3 tons', '3 metric tons']) assert.equal(normalize(same), '3000 kilogram', same);
    for (const same of ['220 kilos', '220kg', '220 kilograms']) assert.equal(normalize(same), '220 kilogram', same);
    // Area as square metres, in whatever unit.
    for (const same of ['18.4 million hectares', '184,000 square kilometres', '184,000 sq km', '184,000 km²']) assert.equal(normalize(same), '184000000000 square-metre', same);
    assert.notEqual(normalize('230,000 acres'), normalize('230,000 hectares'));
    // Power as watts and energy as watt-hours, in whatever unit.
    for (const same of ['5.15 gigawatts', '5,150 megawatts', '5,150 MW']) assert.equal(normalize(same), '5150000000 watt', same);
    for (const same of ['20 kilowatt-hours', '20 kWh', '20,000 watt hours']) assert.equal(normalize(same), '20000 watt-hour', same);
    // A temperature is its number, whatever its scale is written as; a letter apart from its number is no scale.
    for (const same of ['11.2°C', '11.2C', '11.2 degrees Celsius', '11.2 Celsius', '11.2 degrees']) assert.equal(normalize(same), '11.2', same);
    assert.equal(normalize('a mean temperature of 11.2 degrees Celsius'), 'a mean temperature of 11.2');
    assert.equal(normalize('Grade 5 C students'), 'grade 5 c students');
    // Durations as hours, or as months: a month is no whole number of days.
    for (const same of ['72 hours', '72-hour', 'three days', 'three-day']) assert.equal(normalize(same), '72 hour', same);
    assert.equal(normalize('90 minutes'), '1.5 hour');
    // Abbreviated, written apart or solid.
    for (const same of ['90 mins', '90mins', '1.5 hrs']) assert.equal(normalize(same), '1.5 hour', same);
    assert.equal(normalize('9.58sec'), normalize('9.58 seconds'));
    assert.equal(normalize('1.5 years'), normalize('18-month'));
    assert.equal(normalize('30 days'), '720 hour');
    // A time taken in hours, minutes and seconds is a duration; a time of day is not.
    assert.equal(normalize('a record of 2:00:35'), normalize('a record of two hours and 35 seconds'));
    assert.equal(normalize('a record of 2:00:35'), 'a record of 2.00972222222 hour');
    assert.equal(normalize('at 10:30:00 on Monday'), 'at 10 30 00 on monday');
    assert.equal(normalize('10:30:00 GMT'), '10 30 00 gmt');
    assert.equal(normalize('10:30'), '10 30');
    assert.equal(normalize('5G networks'), '5 g networks');
    assert.equal(normalize('€40m'), '40000000 eur');
    // Spaced, a one-letter scale is more likely a unit of its own: "5 m" is five metres.
    assert.equal(normalize('5 m'), '5 m');
  });

  it('writes a year range’s end in two digits as its year', () => {
    for (const same of ['2023-24', '2023–24', '2023/24', '2023-2024']) assert.equal(normalize(same), '2023 2024', same);
    // Not an end that does not follow its start, nor numbers that are no years, nor a range spaced out.
    assert.equal(normalize('2019-21'), '2019 21');
    assert.equal(normalize('the 12-24 range'), 'the 12 24 range');
    assert.equal(normalize('2023 - 24'), '2023 24');
  });

  it('writes a share as a percentage, whether a ratio, a fraction or a percentage', () => {
    for (const same of ['one in four adults', '1 in 4 adults', 'a quarter of adults', '25% of adults', '25 per cent of adults']) {
      assert.equal(normalize(same), '25 percent adults', same);
    }
    assert.equal(normalize('two thirds of voters'), '66.7 percent voters');
    assert.equal(normalize('half of the money'), '50 percent the money');
    assert.equal(normalize('one in five adults'), '20 percent adults');
    // Without its "of", a fraction word is an ordinal or a noun: "a third term", "the first half".
    assert.equal(normalize('a third term'), 'a 3rd term');
    assert.equal(normalize('the first half'), 'the 1st half');
    // A part of a period is no share: "the first half of 2024".
    assert.equal(normalize('in the first half of 2024'), 'in the 1st half of 2024');
    assert.equal(normalize('the latter half of the year'), 'the latter half of the year');
    // After "by", one that ends its phrase is a share of change; "by a third party" is an ordinal.
    assert.equal(normalize('prices jumped by two-fifths in a year'), 'prices jumped by 40 percent in a year');
    assert.equal(normalize('cut by a third, the ministry said'), 'cut by 33.3 percent the ministry said');
    assert.equal(normalize('sold by a third party'), 'sold by a 3rd party');
    assert.equal(normalize('deforestation fell by half in 2023'), 'deforestation fell by 50 percent in 2023');
    assert.equal(normalize('by half a point'), 'by 0.5 point');
    // A verb of change by a multiple says its share after it; "double" and "triple" are as often adjectives.
    assert.equal(normalize('deforestation halved in 2023'), 'deforestation halved 50 percent in 2023');
    assert.equal(normalize('visits doubled and fares tripled'), 'visits doubled 100 percent and fares tripled 200 percent');
    assert.equal(normalize('a double room with triple glazing'), 'a double room with triple glazing');
    // A ratio is written in one go, and is not of a year.
    assert.equal(normalize('1 in 2,000 people'), '0.05 percent people');
    assert.equal(normalize('her best result since 1983, in 2024'), 'her best result since 1983 in 2024');
    assert.equal(normalize('the top 10 in 2024'), 'the top 10 in 2024');
    assert.deepEqual(tokens('one in four'), [
      ['25', 'one in four'],
      ['percent', ''],
    ]);
  });

  it('strips diacritics and folds compatibility forms', () => {
    assert.equal(normalize('Zélensky'), 'zelensky');
    assert.equal(normalize('naïve café'), 'naive cafe');
    assert.equal(normalize('Ελλάδα'), 'ελλαδα');
    assert.equal(normalize('ﬁne'), 'fine');
    assert.equal(normalize('３,０００'), '3000');
  });

  it('keeps words of other scripts whole', () => {
    assert.equal(normalize('中国的和平 计划'), '中国的和平 计划');
    assert.equal(normalize('हिन्दी'), 'हिन्दी');
    assert.equal(normalize('كتاب'), 'كتاب');
  });

  it('keeps "war" a separate word from "software" and "warning"', () => {
    assert.deepEqual(normalizeTokens('software warning war').map((t) => t.norm), ['software', 'warning', 'war']);
  });
});

describe('normalizeTokens', () => {
  it('gives offsets in the original text', () => {
    assert.deepEqual(tokens('China’s twelve-point plan'), [
      ['chinas', 'China’s'],
      ['12', 'twelve'],
      ['point', 'point'],
      ['plan', 'plan'],
    ]);
  });

  it('covers both words of a joined number', () => {
    assert.deepEqual(tokens('about twenty-five points'), [
      ['about', 'about'],
      ['25', 'twenty-five'],
      ['point', 'points'],
    ]);
  });

  it('counts offsets in UTF-16 code units', () => {
    assert.deepEqual(normalizeTokens('😀 war').map((t) => [t.start, t.end]), [[3, 6]]);
  });

  it('reads only the given span, with offsets in the whole text', () => {
    const text = 'One. The fourteen-month conflict. Two.';
    const start = text.indexOf('The');
    const end = text.indexOf(' Two');
    assert.deepEqual(tokens(text, { start, end }), [
      ['the', 'The'],
      ['14', 'fourteen'],
      ['month', 'month'],
      ['conflict', 'conflict'],
    ]);
  });

  it('does not read past the end of the span', () => {
    assert.deepEqual(tokens('3,000', { start: 0, end: 3 }), [
      ['3', '3'],
      ['0', '0'],
    ]);
    assert.deepEqual(tokens('warning', { start: 0, end: 3 }), [['war', 'war']]);
  });
});
