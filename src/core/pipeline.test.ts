import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from './document.ts';
import { isParleyError } from './errors.ts';
import { createPipeline, type Stage } from './pipeline.ts';

function stage(name: string, requires: Stage['requires'], produces: Stage['produces']): Stage {
  return { name, requires, produces, run: (doc: Document) => ({ ...doc, id: `${doc.id}>${name}` }) };
}

describe('createPipeline', () => {
  it('runs stages in order and records the layers they produce', () => {
    const pipeline = createPipeline([stage('a', ['text'], ['sentences']), stage('b', ['sentences'], ['syntax'])]);
    const doc = pipeline.run(createDocument('Hello.', { id: 'd' }));
    assert.equal(doc.id, 'd>a>b');
    assert.deepEqual(doc.layers, ['text', 'sentences', 'syntax']);
  });

  it('rejects a stage whose requirement no earlier stage produces, naming every problem', () => {
    assert.throws(
      () => createPipeline([stage('parse', ['tokens'], ['syntax']), stage('actors', ['syntax', 'dateline'], ['actors'])]),
      (error) =>
        isParleyError(error, 'PIPELINE_INVALID') &&
        /"parse" requires layer "tokens"/.test(error.message) &&
        /"actors" requires layer "dateline"/.test(error.message) &&
        !/requires layer "syntax"/.test(error.message),
    );
  });
});
