import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText, type Mark } from '../web/src/highlight.ts';

const mark = (start: number, end: number, kind: Mark['kind'], event?: number): Mark => ({ start, end, kind, event, title: kind });

describe('segmentText (the dashboard\'s highlighting)', () => {
  const cases: [string, number, Mark[], [number, number, string[]][]][] = [
    ['gives one plain run for a text without marks', 10, [], [[0, 10, []]]],
    ['cuts around one mark', 10, [mark(2, 5, 'trigger', 0)], [[0, 2, []], [2, 5, ['trigger']], [5, 10, []]]],
    [
      'splits overlapping marks into runs covered by each',
      10,
      [mark(0, 6, 'condition', 0), mark(4, 8, 'mention')],
      [[0, 4, ['condition']], [4, 6, ['condition', 'mention']], [6, 8, ['mention']], [8, 10, []]],
    ],
    ['keeps a nested mark inside its parent', 8, [mark(0, 8, 'condition', 0), mark(2, 3, 'source', 0)], [[0, 2, ['condition']], [2, 3, ['condition', 'source']], [3, 8, ['condition']]]],
    ['clips marks that run past the text and drops empty ones', 5, [mark(3, 9, 'anchor'), mark(4, 4, 'speaker')], [[0, 3, []], [3, 5, ['anchor']]]],
  ];
  for (const [name, length, marks, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        segmentText(length, marks).map((segment) => [segment.start, segment.end, segment.marks.map((m) => m.kind)]),
        expected,
      );
    });
  }
});
