import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGazetteer } from './index.ts';
import { readPhoenixData } from './phoenix.ts';

// Parley's own entries for the test: Norway and the word "troops".
const own = createGazetteer({
  names: [{ text: 'Norway', code: 'NOR', country: 'NOR', kind: 'country', type: 'name', actor: 'Norway', ambiguous: false, caseSensitive: false, source: 'own', group: 'own', layer: 0 }],
  agents: [{ text: 'troops', sector: 'MIL', prefix: false, source: 'own', layer: 0 }],
}).data;

function withPhoenix(files: Record<string, string>, run: (dir: string) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-phoenix-'));
  try {
    mkdirSync(path.join(dir, 'phoenix'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'phoenix', name), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readPhoenixData', () => {
  it('adds names Parley lacks, keeps dated roles, and leaves out names Parley has', () => {
    const countries = 'code\tstart\tend\tnames\tsource\nNOR\t\t\tNorway | Oslo\tx:2\nNORGOV\t2013-10-16\t2021-10-14\tErna Solberg\tx:5\n';
    withPhoenix({ 'countries.tsv': countries }, (dir) => {
      const problems: string[] = [];
      const { names } = readPhoenixData(dir, own, problems);
      assert.deepEqual(problems, []);
      assert.deepEqual(names.map((n) => [n.text, n.code, n.kind, n.type, n.start ?? '', n.end ?? '', n.caseSensitive]), [
        ['Oslo', 'NOR', 'country', 'place', '', '', true],
        ['Erna Solberg', 'NORGOV', 'person', 'name', '2013-10-16', '2021-10-14', false],
      ]);
    });
  });

  it('adds agent words Parley lacks, with their sector and side', () => {
    withPhoenix({ 'agents.tsv': 'code\twords\tsource\n~MIL\ttroops | paratroopers\tx:1\nNGO~\taid agency\tx:2\n~XYZ\tjugglers\tx:3\n' }, (dir) => {
      const { agents } = readPhoenixData(dir, own, []);
      assert.deepEqual(agents.map((a) => [a.text, a.sector, a.prefix]), [['paratroopers', 'MIL', false], ['aid agency', 'NGO', true]]);
    });
  });

  it('reads nothing when the folder is absent', () => {
    assert.deepEqual(readPhoenixData(tmpdir() + '/no-such-dir', own, []), { names: [], agents: [] });
  });
});
