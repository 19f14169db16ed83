import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder, type Coder } from '../src/coder.ts';

// Issue 12, defect 1: how events are dated when the document's date is given, comes from its
// dateline, or is missing altogether. No date may ever depend on the day the tests run.

describe('event dates', () => {
  let coder: Coder;
  before(() => {
    coder = createCoder();
  });

  const datesOf = (text: string, published?: string) => {
    const doc = coder.code(text, { id: 'dates', published });
    return { published: doc.published, dates: (doc.events ?? []).map((event) => event.date) };
  };

  it('takes a dated dateline as the document\'s date when none is given, and counts weekdays from it', () => {
    const coded = datesOf('RAMALLAH, West Bank Oct. 6, 2004 - Israeli troops raided a refugee camp on Monday.');
    assert.equal(coded.published, '2004-10-06');
    assert.deepEqual(coded.dates, ['2004-10-04']);
  });

  it("dates a refusal by the report, not by the refused act's day ahead", () => {
    assert.deepEqual(datesOf('Iran will not attend the talks with Iraq on Friday.', '2004-06-01').dates, ['2004-06-01']);
  });

  it('reads a day-first dateline ("12 November 2004 --")', () => {
    const coded = datesOf('12 November 2004 -- Pakistani troops arrested three militants on Monday.');
    assert.equal(coded.published, '2004-11-12');
    assert.deepEqual(coded.dates, ['2004-11-08']);
  });

  it('keeps a given publication date over the dateline\'s', () => {
    assert.equal(datesOf('OSLO Sept. 21, 2004 - Norway expelled two Russian diplomats.', '2004-09-22').published, '2004-09-22');
  });

  it('never dates a past event after its document', () => {
    const coded = datesOf('Israeli troops raided the camp in four days of fighting that began in October.', '2004-09-20');
    assert.ok(coded.dates.length > 0);
    for (const date of coded.dates) assert.ok(date === undefined || date <= '2004-09-20'.slice(0, date.length), `dated ${date}, after 2004-09-20`);
    const inDays = datesOf('Israel attacked Gaza in four days.', '2004-09-20');
    assert.deepEqual(inDays.dates, ['2004-09-20']);
  });

  it('still dates a planned event after its document', () => {
    const coded = datesOf('Iran will hold talks with France in December.', '2004-09-20');
    assert.deepEqual(coded.dates, ['2004-12']);
  });

  it('leaves a relative date unresolved when nothing anchors it, instead of counting from today', () => {
    assert.deepEqual(datesOf('Israeli troops raided a refugee camp on Monday.').dates, [undefined]);
    assert.deepEqual(datesOf('Israeli troops raided a refugee camp last week.').dates, [undefined]);
    assert.deepEqual(datesOf('Israeli troops raided a refugee camp on March 3.').dates, [undefined]);
  });

  it('still reads a date that names its year without any anchor', () => {
    assert.deepEqual(datesOf('Israeli troops raided a refugee camp on March 3, 2003.').dates, ['2003-03-03']);
  });
});
