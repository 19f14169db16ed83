import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { conlluDocuments } from '../testing/conllu-documents.ts';
import { STATUS_TREES } from '../testing/freeze-trees.ts';
import { createParsedCoder } from '../testing/parsed-coder.ts';
import { checkStatus, PUBLISHED, STATUS_SUITES } from '../testing/status-cases.ts';

// The status rules on fixed trees: the status suite coded from the frozen parses of
// src/testing/fixtures/status.conllu, so that retraining the parser cannot flip these tests.
const trees = conlluDocuments(readFileSync(STATUS_TREES, 'utf8'), STATUS_TREES, { published: PUBLISHED });
const coder = createParsedCoder();

for (const [name, cases] of STATUS_SUITES) {
  describe(`status rules on fixed trees: ${name}`, () => {
    for (const c of cases) {
      it(c.text, c.todo ? { todo: c.todo } : {}, () => {
        const doc = trees.get(c.text);
        assert.ok(doc, `no frozen tree for "${c.text}": run node --import tsx src/testing/freeze-trees.ts`);
        checkStatus(c, coder.code(doc));
      });
    }
  });
}
