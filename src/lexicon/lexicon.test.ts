import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isParleyError } from '../core/errors.ts';
import { DEFAULT_LEXICON_DIR, LEXICON, loadLexicon } from './index.ts';

describe('lexicon', () => {
  it('reads every shipped file without a problem', () => {
    assert.doesNotThrow(() => loadLexicon());
  });

  it('reads every file in data/lexicon/en (none is left unread)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-lexicon-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    for (const file of readdirSync(dir)) {
      writeFileSync(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8') + 'Not A Word 1\n');
    }
    const error = (() => {
      try {
        loadLexicon(dir);
      } catch (caught) {
        return caught;
      }
    })();
    assert.ok(isParleyError(error) && error.code === 'DATA_INVALID');
    const named = new Set((error.details as string[]).map((problem) => path.basename(problem.split(':')[0])));
    assert.deepEqual([...named].sort(), readdirSync(dir).sort());
  });

  it('names a repeated word with its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-lexicon-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'light-nouns.txt'), 'chance\nchance\n');
    assert.throws(() => loadLexicon(dir), (error) => isParleyError(error) && (error.details as string[]).some((problem) => /light-nouns\.txt:2: "chance" is listed twice/.test(problem)));
  });

  it('keeps title abbreviations a subset of the abbreviations', () => {
    for (const title of LEXICON.abbreviations.titles) assert.ok(LEXICON.abbreviations.all.has(title), title);
  });

  it('gives a verb one kind of control', () => {
    for (const verb of LEXICON.controlVerbs.subject) assert.ok(!LEXICON.controlVerbs.object.has(verb), verb);
  });

  it('keeps the months in calendar order', () => {
    assert.equal(LEXICON.calendar.months.length, 12);
    assert.equal(LEXICON.calendar.months[0], 'january');
    assert.equal(LEXICON.calendar.months[11], 'december');
  });

  it('finds time words inside a phrase ("last weekend", "in 2003")', () => {
    assert.ok(LEXICON.calendar.timeWordPattern.test('last weekend'));
    assert.ok(LEXICON.calendar.timeWordPattern.test('in 2003'));
    assert.ok(!LEXICON.calendar.timeWordPattern.test('the talks'));
  });
});
