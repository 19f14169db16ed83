import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, estimateSimilarity, minhashSignature, signatureFromBuffer, signatureToBuffer } from './minhash.ts';

const report =
  'The foreign ministers of Egypt and Jordan met in Cairo on Sunday to discuss the ceasefire in Gaza and the reopening of the Rafah crossing, ' +
  'officials from both governments said after the talks ended late in the evening.';

describe('minhash', () => {
  it('finds a syndicated copy with a credit line similar, and another report dissimilar', () => {
    const copy = minhashSignature(`${report} Reporting by a correspondent; editing by a desk.`);
    const other = minhashSignature('Heavy rain flooded villages in the north of the country, and the army was sent to help farmers move their cattle to higher ground.');
    const original = minhashSignature(report);
    assert.ok(estimateSimilarity(original, copy) >= 0.7);
    assert.ok(estimateSimilarity(original, other) < 0.2);
    assert.ok(bandKeys(original).some((band) => bandKeys(copy).includes(band)));
  });

  it('round-trips a signature through bytes', () => {
    const signature = minhashSignature(report);
    assert.deepEqual(signatureFromBuffer(signatureToBuffer(signature)), signature);
  });
});
