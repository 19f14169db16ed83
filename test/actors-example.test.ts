import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder.ts';
import type { Mention } from '../src/core/document.ts';

const text = readFileSync(new URL('../examples/iran-us-talks.txt', import.meta.url), 'utf8');
const doc = createCoder().code(text, { id: 'iran-us-talks', published: '2026-11-26' });
const mentions = doc.mentions!;

/** The `nth` mention whose text is `words`, after the first occurrence of `after` in the report. */
function mention(words: string, after = ''): Mention {
  const from = text.indexOf(after);
  const found = mentions.find((m) => m.text === words && m.start >= from);
  assert.ok(found, `no mention "${words}" after "${after}"; mentions: ${mentions.map((m) => `${m.text}=${m.code}`).join(', ')}`);
  return found;
}

function antecedentOf(m: Mention): Mention | undefined {
  return m.antecedent === undefined ? undefined : mentions[m.antecedent];
}

describe('actors of the example report', () => {
  it('codes the dateline "Tehran" as the country IRN', () => {
    const dateline = mention('Tehran');
    assert.equal(dateline.start, 0);
    assert.equal(dateline.code, 'IRN');
  });

  it('makes "Iranian President Masoud Pezeshkian" one IRNGOV mention with name and title', () => {
    const m = mention('Iranian President Masoud Pezeshkian');
    assert.equal(m.code, 'IRNGOV');
    assert.equal(m.country, 'IRN');
    assert.equal(m.sector, 'GOV');
    assert.equal(m.name, 'Masoud Pezeshkian');
    assert.equal(m.title, 'President');
  });

  it('codes "the country’s foreign minister" IRNGOV through "the country" linked to Iran', () => {
    assert.equal(mention('the country’s foreign minister').code, 'IRNGOV');
    const country = mention('the country');
    assert.equal(country.code, 'IRN');
    assert.equal(antecedentOf(country)?.country, 'IRN');
  });

  it('codes "the United States" USA', () => {
    assert.equal(mention('the United States').code, 'USA');
  });

  it('links "he" in the first sentence to Pezeshkian', () => {
    const he = mention('he');
    assert.ok(he.end < text.indexOf('\n'));
    assert.equal(antecedentOf(he)?.text, 'Iranian President Masoud Pezeshkian');
    assert.equal(he.code, 'IRNGOV');
  });

  it('links the bare "Pezeshkian" and "The Iranian president" back to the president', () => {
    assert.equal(antecedentOf(mention('Pezeshkian', 'In a statement'))?.name, 'Masoud Pezeshkian');
    assert.equal(mention('The Iranian president').entity, 'Masoud Pezeshkian');
  });

  it('codes "friendly regional governments" as a government of unknown country', () => {
    const m = mention('friendly regional governments');
    assert.equal(m.code, 'UNKGOV');
    assert.equal(m.country, null);
    assert.equal(m.sector, 'GOV');
  });

  it('codes "Tehran" and "Washington" in "Relations between Tehran and Washington" IRNGOV and USAGOV', () => {
    assert.equal(mention('Tehran', 'Relations between').code, 'IRNGOV');
    assert.equal(mention('Washington', 'Relations between').code, 'USAGOV');
  });

  it('codes "US officials" USAGOV', () => {
    assert.equal(mention('US officials').code, 'USAGOV');
  });

  it('finds no actor in "analysts", "observers" or "experts"', () => {
    const commentators = mentions.filter((m) => /analysts|observers|experts/i.test(m.text));
    assert.deepEqual(commentators, []);
  });

  it('gives every mention a span that slices the original text', () => {
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});
