import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordKey } from './normalise.ts';
import { createWordKeyCache } from './word-key-cache.ts';

// wordKey remembers the keys of the words it has made (src/actors/gazetteer/word-key-cache.ts).
describe('the word-key cache', () => {
  it('gives a remembered word the key it gave the first time', () => {
    const first = wordKey('Reykjavík’s');
    assert.equal(first, "reykjavik 's");
    assert.equal(wordKey('Reykjavík’s'), first);
  });

  it('computes a word once, and keeps no word longer than 64 characters', () => {
    let computed = 0;
    const cache = createWordKeyCache((word) => (computed++, word.toLowerCase()));
    const long = `Q${'xy'.repeat(40)}`;
    assert.equal(cache.key('Quarantown'), 'quarantown');
    assert.equal(cache.key('Quarantown'), 'quarantown');
    assert.equal(computed, 1);
    cache.key(long);
    cache.key(long);
    assert.equal(computed, 3, 'a long word is computed each time');
    assert.equal(cache.size, 1, 'only the short word is kept');
  });
});
