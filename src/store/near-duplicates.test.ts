import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minhashSignature } from './minhash.ts';
import { findNearDuplicate } from './near-duplicates.ts';
import type { StoredSignature, StoreWriter } from './store.ts';

const report =
  'The foreign ministers of Egypt and Jordan met in Cairo on Sunday to discuss the ceasefire in Gaza and the reopening of the Rafah crossing, ' +
  'officials from both governments said after the talks ended late in the evening.';

/** A writer that offers these stored signatures as the candidates of any band. */
function writerWith(stored: StoredSignature[]): StoreWriter {
  return { signaturesSharing: async () => stored } as unknown as StoreWriter;
}

describe('findNearDuplicate', () => {
  const copy = minhashSignature(`${report} Reporting by a correspondent.`);
  const other = minhashSignature('Heavy rain flooded villages in the north of the country, and the army was sent to help farmers move their cattle.');

  it('links a syndicated copy to the root of its group', async () => {
    assert.equal(await findNearDuplicate(writerWith([{ key: 7, signature: copy, duplicateOf: 3 }]), minhashSignature(report), []), 3);
    assert.equal(await findNearDuplicate(writerWith([{ key: 7, signature: copy, duplicateOf: null }]), minhashSignature(report), []), 7);
  });

  it('ignores candidates below the threshold, and prefers the oldest of equally similar ones', async () => {
    assert.equal(await findNearDuplicate(writerWith([{ key: 2, signature: other, duplicateOf: null }]), minhashSignature(report), []), null);
    const candidates = [
      { key: 9, signature: copy, duplicateOf: null },
      { key: 4, signature: copy, duplicateOf: null },
    ];
    assert.equal(await findNearDuplicate(writerWith(candidates), minhashSignature(report), []), 4);
  });
});
