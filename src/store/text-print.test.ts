import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, contentHash, minhashSignature } from './minhash.ts';
import { textPrint } from './text-print.ts';

describe('textPrint', () => {
  const text = 'The foreign minister met his counterpart in Cairo on Tuesday to discuss the border crossing.';

  it('gives the content hash, signature and band keys of the text, computed once per document', () => {
    const document = { text };
    const print = textPrint(document);
    assert.equal(print.hash, contentHash(text));
    assert.deepEqual(print.signature, minhashSignature(text));
    assert.deepEqual(print.bands, bandKeys(minhashSignature(text)));
    assert.equal(textPrint(document), print, 'the same document is not printed twice');
  });

  it('prints a document again when its text changed', () => {
    const document = { text };
    const before = textPrint(document);
    document.text = `${text} Talks resume next week.`;
    const after = textPrint(document);
    assert.notEqual(after.hash, before.hash);
    assert.equal(after.hash, contentHash(document.text));
    assert.deepEqual(after.bands, bandKeys(minhashSignature(document.text)));
  });
});
