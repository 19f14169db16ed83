import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isParleyError } from '../core/errors.ts';
import { DEFAULT_ONTOLOGY_FILE, PLOVER_TYPES, createOntology, loadOntology, type OntologyRow } from './ontology.ts';

const sharedTable = fileURLToPath(new URL('../../../shared/ontology/cameo.tsv', import.meta.url));
const ontology = loadOntology();

/** The shared reference table: code → the columns Parley's table must agree with. */
function readSharedTable(): Map<string, Record<string, string>> {
  const [header, ...lines] = readFileSync(sharedTable, 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines) {
    const cells = line.split('\t');
    rows.set(cells[0], Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])));
  }
  return rows;
}

function row(fields: Partial<OntologyRow> & Pick<OntologyRow, 'code'>): OntologyRow {
  return { goldstein: 0, quad: 1, plover: [], context: [], name: `code ${fields.code}`, source: `test:${fields.code}`, ...fields };
}

/** Writes `body` under the shipped file's header and comments, and returns the new file's path. */
function tableWith(body: string): string {
  const shipped = readFileSync(DEFAULT_ONTOLOGY_FILE, 'utf8');
  const head = shipped.slice(0, shipped.indexOf('\n', shipped.indexOf('code\tgoldstein')) + 1);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-ontology-')), 'cameo.tsv');
  writeFileSync(file, head + body);
  return file;
}

function dataInvalid(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(isParleyError(error, 'DATA_INVALID'), `expected DATA_INVALID, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a DATA_INVALID error');
}

describe('the shipped ontology', () => {
  it('has all 20 roots', () => {
    const roots = ontology.codes().filter((code) => code.length === 2);
    assert.deepEqual(roots, Array.from({ length: 20 }, (_, index) => String(index + 1).padStart(2, '0')));
  });

  it('agrees with ../shared/ontology/cameo.tsv on every code, weight, quad class and PLOVER mapping', () => {
    const shared = readSharedTable();
    const differences: string[] = [];
    for (const [code, reference] of shared) {
      if (!ontology.isCode(code)) {
        differences.push(`${code}: missing (shared: ${reference.name})`);
        continue;
      }
      const entry = ontology.cameo(code);
      const ours: Record<string, string> = {
        goldstein: String(entry.goldstein),
        quad_class: String(entry.quadClass),
        plover: entry.plover?.types.join('|') ?? '',
        plover_mode: entry.plover?.mode ?? '',
        plover_context: entry.plover?.context.join(';') ?? '',
      };
      const theirs: Record<string, string> = {
        goldstein: String(Number(reference.goldstein)),
        quad_class: reference.quad_class,
        plover: reference.plover,
        plover_mode: reference.plover_mode,
        plover_context: reference.plover_context,
      };
      for (const column of Object.keys(ours)) {
        if (ours[column] !== theirs[column]) {
          differences.push(`${code} ${column}: ours "${ours[column]}", shared "${theirs[column]}" (${entry.source})`);
        }
      }
    }
    for (const code of ontology.codes()) {
      if (!shared.has(code)) differences.push(`${code}: not in the shared table (${ontology.cameo(code).source})`);
    }
    assert.deepEqual(differences, [], `${differences.length} differences:\n  ${differences.join('\n  ')}`);
  });

  it('maps every PLOVER type of the current manual', () => {
    assert.deepEqual(ontology.ploverTypes(), [...PLOVER_TYPES]);
  });
});

describe('lookups', () => {
  it('gives 036 as an intent to meet or negotiate, Goldstein 4.0, quad 1, AGREE', () => {
    const entry = ontology.cameo('036');
    assert.equal(entry.name, 'Express intent to meet or negotiate');
    assert.equal(entry.root, '03');
    assert.equal(entry.goldstein, 4);
    assert.equal(entry.quadClass, 1);
    assert.deepEqual(entry.plover, { type: 'AGREE', types: ['AGREE'], context: ['diplomatic'] });
  });

  it('gives 163 (sanctions) Goldstein -8.0, quad 4 and the crosswalk type COERCE, not its root SANCTION', () => {
    const entry = ontology.cameo('163');
    assert.equal(entry.name, 'Impose embargo, boycott, or sanctions');
    assert.equal(entry.goldstein, -8);
    assert.equal(entry.quadClass, 4);
    assert.deepEqual(entry.plover, { type: 'COERCE', types: ['COERCE'], mode: 'restrict', context: ['diplomatic'] });
    assert.equal(ontology.root('163').plover?.type, 'SANCTION');
  });

  it('gives 026, an appeal to negotiate, no PLOVER type', () => {
    const entry = ontology.cameo('026');
    assert.equal(entry.root, '02');
    assert.equal(entry.goldstein, 4);
    assert.equal(entry.quadClass, 1);
    assert.equal(entry.plover, null);
  });

  it('gives root 03 as the intent-to-cooperate root, and the root of its codes', () => {
    const entry = ontology.cameo('03');
    assert.equal(entry.root, '03');
    assert.equal(entry.name, 'Express intent to cooperate');
    assert.equal(entry.quadClass, 1);
    assert.equal(entry.plover?.type, 'AGREE');
    assert.equal(ontology.root('0356'), entry);
  });

  it('splits root 08 into CONCEDE and RETREAT, CONCEDE for the bare root', () => {
    assert.deepEqual(ontology.cameo('08').plover?.types, ['CONCEDE', 'RETREAT']);
    assert.equal(ontology.cameo('08').plover?.type, 'CONCEDE');
    assert.equal(ontology.cameo('0871').plover?.type, 'RETREAT');
  });

  it('keeps leading zeros and tells codes from non-codes', () => {
    assert.equal(ontology.isCode('0211'), true);
    assert.equal(ontology.isCode('211'), false);
    assert.equal(ontology.isCode('21'), false);
    assert.equal(ontology.codes()[0], '01');
    assert.equal(ontology.codes().at(-1), '2042');
  });

  it('throws DATA_INVALID for an unknown code, suggesting the leading zero', () => {
    assert.match(dataInvalid(() => ontology.cameo('36')), /unknown CAMEO code "36".*"036"/);
    assert.match(dataInvalid(() => ontology.root('999')), /unknown CAMEO code "999"/);
  });
});

describe('validation', () => {
  it('names the file and line of a malformed row', () => {
    const file = tableWith('03\t4.0\t1\tAGREE\t\t\tExpress intent to cooperate\n036\tfour\t1\tAGREE\t\tdiplomatic\tMeet\n');
    const message = dataInvalid(() => loadOntology(file));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.startsWith('036')) + 1;
    assert.match(message, new RegExp(`cameo\\.tsv:${line}: goldstein: expected a number`));
  });

  it('reports every problem at once', () => {
    const file = tableWith(
      [
        '03\t4.0\t1\tAGREE\t\t\tExpress intent to cooperate',
        '036\t4.0\t1\tAGRE\t\t\tTypo in the type',
        '037\t5.0\t2\tAGREE\t\t\tWrong quad class',
        '0381\t7.0\t1\tAGREE\t\t\tNo parent',
        '039\t5.0\t1\tAGREE\t\tdiplomatic',
      ].join('\n') + '\n',
    );
    const message = dataInvalid(() => loadOntology(file));
    assert.match(message, /4 problems/);
    assert.match(message, /plover\.0: expected a PLOVER type/);
    assert.match(message, /"037": quad class 2, but root 03 is quad class 1/);
    assert.match(message, /"0381": its parent "038" is missing/);
    assert.match(message, /cameo\.tsv:\d+: 6 cells but 7 columns/);
  });

  it('rejects a duplicate code in rows built by hand', () => {
    const message = dataInvalid(() => createOntology([row({ code: '01' }), row({ code: '01' })]));
    assert.match(message, /test:01: code "01" is already defined at test:01/);
  });

  it('builds an ontology from three rows', () => {
    const small = createOntology([
      row({ code: '04', plover: ['CONSULT'] }),
      row({ code: '042', goldstein: 1.9, plover: ['CONSULT'], mode: 'visit' }),
      row({ code: '01' }),
    ]);
    assert.deepEqual(small.codes(), ['04', '042', '01']);
    assert.equal(small.cameo('042').plover?.mode, 'visit');
    assert.deepEqual(small.ploverTypes(), ['CONSULT']);
  });

  it('reports a missing file', () => {
    assert.match(dataInvalid(() => loadOntology('/nonexistent/cameo.tsv')), /cameo\.tsv: file is missing/);
  });
});

describe('root classes', () => {
  it('reads the classes of the shipped roots (data/ontology/roots.tsv)', () => {
    const shipped = loadOntology();
    const members = (rootClass: 'cooperation' | 'force' | 'domestic') => shipped.codes().filter((code) => code.length === 2 && shipped.inRootClass(code, rootClass));
    assert.deepEqual(members('cooperation'), ['04', '05', '06', '07', '08']);
    assert.deepEqual(members('force'), ['15', '16', '17', '18', '19', '20']);
    assert.deepEqual(members('domestic'), ['08', '13', '15', '17', '18', '19', '20']);
  });

  it('gives a code the classes of its root', () => {
    assert.ok(loadOntology().inRootClass('1823', 'force'));
    assert.ok(!loadOntology().inRootClass('036', 'force'));
  });

  it('rejects a root class row for a root not in the table', () => {
    const message = dataInvalid(() => createOntology([row({ code: '01' })], [{ root: '04', classes: ['cooperation'], source: 'test:1' }]));
    assert.match(message, /test:1: root "04" is not in the code table/);
  });
});
