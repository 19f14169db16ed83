import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isParleyError } from '../core/errors.ts';
import { createCodingPool } from './coding-pool.ts';

describe('a coding worker has a bounded heap', () => {
  it('fails only the document that needs more, with INPUT_TOO_LARGE, and codes the next one with a fresh worker', async () => {
    // 128 MB hold the models and a news report, not the million tokens of this text
    const pool = createCodingPool({ workers: 1, heapLimitMb: 128 });
    try {
      const huge = 'a '.repeat(999_999);
      await assert.rejects(
        Promise.resolve(pool.code(huge, { id: 'huge' })),
        (error: unknown) => isParleyError(error, 'INPUT_TOO_LARGE') && /"huge" \(1999998 characters\) needed more memory .* 128 MB/.test(error.message),
      );
      const doc = await pool.code('Iran accused the United States of spying on its nuclear sites.', { id: 'next' });
      assert.equal(doc.events?.[0]?.source[0]?.code, 'IRN');
    } finally {
      await pool.close();
    }
  });
});
