import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrameFile } from './patterns.ts';

describe('parseFrameFile', () => {
  it('reads frame rules under the header', () => {
    const problems: string[] = [];
    const rules = parseFrameFile('# comment\nframe\tframed\tcode\ttarget\nappeal\t04\t026\tframe\n', 'frames.tsv', problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(rules, [{ frame: 'appeal', prefix: '04', code: '026', target: 'frame', origin: 'frames.tsv:3' }]);
  });

  it('reports an unknown frame, a bad code, a bad target and a short row, each with its line', () => {
    const problems: string[] = [];
    const text = 'frame\tframed\tcode\ttarget\nbeg\t04\t026\tframe\nintent\tx\t036\tframed\nintent\t04\t036\tboth\nintent\t04\t036\n';
    assert.deepEqual(parseFrameFile(text, 'frames.tsv', problems), []);
    assert.match(problems[0], /^frames\.tsv:2: frame: /);
    assert.match(problems[1], /^frames\.tsv:3: framed: expected a CAMEO code/);
    assert.match(problems[2], /^frames\.tsv:4: target: /);
    assert.match(problems[3], /^frames\.tsv:5: 3 cells but 4 columns/);
  });
});
