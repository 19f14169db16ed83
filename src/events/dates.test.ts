import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate } from './dates.ts';

describe('datelineDate', () => {
  const cases: [string, string | undefined][] = [
    ['RAMALLAH, West Bank Oct. 4, 2004 - Palestinian leaders met in the city.', '2004-10-04'],
    ['OSLO Sept. 21, 2004 - Norway said on Tuesday it would host the talks.', '2004-09-21'],
    ['LIMA, 3 December 2004 - Peru recalled its ambassador.', '2004-12-03'],
    ['12 November 2004 -- Police detained two men in the capital.', '2004-11-12'],
    ['DAKAR, Jul 14, 2004 (AFP) -- Senegal closed the border.', '2004-07-14'],
    // no year, no day, or a date that does not close the dateline: not the document's date
    ['OSLO Sept. 21 - Norway said it would host the talks.', undefined],
    ['OSLO, Sept. 2004 - Norway said it would host the talks.', undefined],
    ['Reuters - Ministers met on Oct. 4, 2004 - the first time in years.', undefined],
    ['Voters queued in Lima on Oct. 4, 2004. The count - slow as ever - began.', undefined],
    ['Norway said it would host the talks.', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${expected ?? 'no date'} from "${text.slice(0, 40)}..."`, () => assert.equal(datelineDate(text), expected));
  }
});
