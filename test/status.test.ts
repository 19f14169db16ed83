import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { checkStatus, PUBLISHED, STATUS_SUITES } from '../src/testing/status-cases.ts';

// The status suite (src/testing/status-cases.ts) through the whole pipeline, trained parser included.
const coder = createCoder();

for (const [name, cases] of STATUS_SUITES) {
  describe(`status: ${name}`, () => {
    for (const c of cases) it(c.text, c.todo ? { todo: c.todo } : {}, () => checkStatus(c, coder.code(c.text, { published: PUBLISHED })));
  });
}

describe('status suite', () => {
  it('has at least 80 sentences', () => {
    assert.ok(STATUS_SUITES.reduce((n, [, cases]) => n + cases.length, 0) >= 80);
  });
});
