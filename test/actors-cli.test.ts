import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parley } from './cli-helpers.ts';

const petrarchActors = fileURLToPath(new URL('../../shared/eval/petrarch-validate-actors.json', import.meta.url));

describe('parley code and actors', () => {
  it('lists the actor mentions in --format json', () => {
    const { status, stdout } = parley(['code', '-'], 'US officials met Iranian diplomats.');
    assert.equal(status, 0);
    const doc = JSON.parse(stdout);
    assert.deepEqual(doc.mentions.map((m: { text: string; code: string }) => `${m.text}=${m.code}`), ['US officials=USAGOV', 'Iranian diplomats=IRNGOV']);
  });

  it('codes the fictional actors of a user dictionary given with --dictionary', () => {
    const { status, stdout, stderr } = parley(['code', '-', '--dictionary', petrarchActors], 'Arnor rejected the demands of Gondor.');
    assert.equal(status, 0, stderr);
    const codes = JSON.parse(stdout).mentions.map((m: { code: string }) => m.code);
    assert.deepEqual(codes, ['ARN', 'GON']);
  });

  it('reports a missing dictionary with exit code 1', () => {
    const { status, stderr } = parley(['code', '-', '--dictionary', 'no/such.json'], 'Iran spoke.');
    assert.equal(status, 1);
    assert.match(stderr, /no\/such\.json: cannot read the user dictionary/);
  });

  it('writes one line per JSONL input line, keeping its id', () => {
    const input = [JSON.stringify({ id: 'a', text: 'Iran spoke.' }), JSON.stringify({ id: 'b', text: 'Israeli troops fired.', published: '2024-01-02' })].join('\n');
    const { status, stdout } = parley(['code', '-', '--format', 'jsonl'], input);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.map((doc) => [doc.id, doc.published, doc.mentions.map((m: { code: string }) => m.code)]), [['a', undefined, ['IRN']], ['b', '2024-01-02', ['ISRMIL']]]);
  });

  it('reports every bad JSONL line at once, with its line number', () => {
    const { status, stderr } = parley(['code', '-', '--format', 'jsonl'], '{"id": "a"}\nnot json\n');
    assert.equal(status, 1);
    assert.match(stderr, /standard input:1: text/);
    assert.match(stderr, /standard input:2: not JSON/);
  });
});
