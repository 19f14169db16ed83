import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { parseTsv } from './tsv.ts';

const schema = z.object({ code: z.string().regex(/^[A-Z]{3}$/), names: z.string(), note: z.string().optional() });

describe('parseTsv', () => {
  it('reads rows under the header, skipping comments and blank lines, with empty cells absent', () => {
    const problems: string[] = [];
    const rows = parseTsv('# comment\ncode\tnames\tnote\n\nIRN\tIran\t\n', 'x.tsv', schema, problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [{ value: { code: 'IRN', names: 'Iran' }, source: 'x.tsv:4' }]);
  });

  it('keeps an empty list cell as "" for the schema', () => {
    const rows = parseTsv('code\tnames\tnote\nIRN\t\t\n', 'x.tsv', schema, [], { listColumns: new Set(['names']) });
    assert.equal(rows[0].value.names, '');
  });

  it('reports every problem with its file and line: header, stray tab, short row when exact, schema', () => {
    const problems: string[] = [];
    const rows = parseTsv('code\tname\tnote\nIRN\tIran\tx\ty\nUS\tUnited States\tz\nUSA\tUS\n', 'x.tsv', schema, problems, { exactCells: true });
    assert.equal(rows.length, 0);
    assert.match(problems[0], /^x\.tsv:1: header must be "code<tab>names<tab>note"/);
    assert.match(problems[1], /^x\.tsv:2: 4 cells but 3 columns/);
    assert.match(problems[2], /^x\.tsv:3: code: /);
    assert.match(problems[3], /^x\.tsv:4: 2 cells but 3 columns/);
  });

  it('says when there is no header at all', () => {
    const problems: string[] = [];
    parseTsv('# only a comment\n', 'empty.tsv', schema, problems);
    assert.deepEqual(problems, ['empty.tsv: no header row']);
  });
});
