import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { textMatchExpression } from './text-match.ts';

describe('textMatchExpression', () => {
  for (const [text, expression] of [
    ['sanctions', '"sanctions"'],
    ['United  States', '"United" "States"'],
    ['state-run', '"state-run"'],
    ['"unbalanced', '"""unbalanced"'],
    ['NEAR(a b)', '"NEAR(a" "b)"'],
    ['talks*', '"talks*"'],
    ['* " -', '""'],
    ['', '""'],
  ]) {
    it(`quotes ${JSON.stringify(text)} as ${expression}`, () => {
      assert.equal(textMatchExpression(text), expression);
    });
  }
});
