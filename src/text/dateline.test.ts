import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline } from './dateline.ts';

describe('findDateline', () => {
  const positives: [string, string, string, string | undefined][] = [
    ['Tehran \u2014 Iranian President Masoud Pezeshkian has instructed', 'Tehran \u2014', 'Tehran', undefined],
    ['TEHRAN (Reuters) - A senior Iranian military official said', 'TEHRAN (Reuters) -', 'TEHRAN', 'Reuters'],
    ['WASHINGTON, March 3 (AP) -- The president said', 'WASHINGTON, March 3 (AP) --', 'WASHINGTON', 'AP'],
    ['BAGHDAD, Iraq (AFP) - Militants said', 'BAGHDAD, Iraq (AFP) -', 'BAGHDAD', 'AFP'],
    ['UNITED NATIONS (Reuters) - The Security Council', 'UNITED NATIONS (Reuters) -', 'UNITED NATIONS', 'Reuters'],
    ['NAJAF, Iraq - Explosions and gunfire rattled', 'NAJAF, Iraq -', 'NAJAF', undefined],
    [' TEHRAN (Reuters) - A senior official', 'TEHRAN (Reuters) -', 'TEHRAN', 'Reuters'],
    ['Canadian Press - VANCOUVER (CP) - The sister of a man', 'Canadian Press - VANCOUVER (CP) -', 'VANCOUVER', 'CP'],
    ['KABUL (Masnet  amp; News Agencies) - At least eleven', 'KABUL (Masnet  amp; News Agencies) -', 'KABUL', 'Masnet  amp; News Agencies'],
  ];
  for (const [text, whole, place, agency] of positives) {
    it(`finds the dateline "${whole}"`, () => {
      const dateline = findDateline(text);
      assert.ok(dateline, 'no dateline found');
      assert.equal(text.slice(dateline.start, dateline.end), whole);
      assert.equal(text.slice(dateline.place.start, dateline.place.end), place);
      assert.equal(dateline.agency && text.slice(dateline.agency.start, dateline.agency.end), agency);
    });
  }

  it('finds a dateline whose dash is a wire em dash (" #8212;")', () => {
    const text = 'BAGHDAD  #8212; Militants said Tuesday';
    const dateline = findDateline(text);
    assert.ok(dateline);
    assert.equal(text.slice(dateline.start, dateline.end), 'BAGHDAD  #8212;');
  });

  const negatives = [
    'Iran said - the talks would go on.',
    'Iran said \u2014 once again \u2014 that talks would go on.',
    'AP - The man who claims Gov. James E. McGreevey sexually harassed him',
    'US - China talks resumed on Monday.',
    'The talks (which began in May) - stalled.',
    'Supporters and rivals warn of possible fraud; government says',
    'Iranian President Masoud Pezeshkian has instructed the foreign minister',
    'Two Britons -- both aid workers -- were freed in Yemen on Monday.',
    '',
  ];
  for (const text of negatives) {
    it(`finds no dateline in "${text}"`, () => assert.equal(findDateline(text), undefined));
  }
});
