import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPatternLexicon, parseFrameFile, parsePatternFile } from './patterns.ts';

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

describe('imported patterns', () => {
  const own = '{"id":"163.impose","code":"163","trigger":"impose","example":"The United States imposed sanctions on Iran.","expect":["USA","IRN"]}';
  const imported = '{"id":"petrarch2.impose.l9","code":"1724","trigger":"impose","object":"curfew","dictionary":"petrarch2/CAMEO.2.0.txt:9"}';

  it('needs an example on a pattern of Parley\'s own, not on an imported one', () => {
    const problems: string[] = [];
    parsePatternFile('{"id":"163.impose","code":"163","trigger":"impose"}\n' + imported, 'p.jsonl', problems);
    assert.deepEqual(problems, ['p.jsonl:1: example: a pattern of Parley\'s own needs an example', 'p.jsonl:1: expect: a pattern of Parley\'s own needs expect']);
  });

  it('tries Parley\'s own patterns for a lemma before imported ones, however specific', () => {
    const problems: string[] = [];
    const patterns = parsePatternFile(`${imported}\n${own}`, 'p.jsonl', problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(createPatternLexicon(patterns).lookup('impose', 'verb').map((p) => p.id), ['163.impose', 'petrarch2.impose.l9']);
  });

  it('gives an imported pattern that names no roles the imported target roles', () => {
    const [pattern] = parsePatternFile('{"id":"petrarch2.impose.l8","code":"172","trigger":"impose","dictionary":"petrarch2/CAMEO.2.0.txt:8"}', 'p.jsonl', []);
    assert.equal(pattern.target[0], 'object');
    assert.ok(pattern.target.includes('against'));
  });

  it('looks first where the object goes when the imported line names what the object is ("imposed a curfew on", "sent troops to")', () => {
    const [pattern] = parsePatternFile(imported, 'p.jsonl', []);
    assert.deepEqual(pattern.target.slice(0, 3), ['to', 'into', 'object']);
    assert.ok(pattern.target.includes('against'));
  });
});
