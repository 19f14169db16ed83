import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parley } from './cli-helpers.ts';

const example = fileURLToPath(new URL('../examples/iran-us-talks.txt', import.meta.url));

describe('parley parse', () => {
  it('prints CoNLL-U for standard input, one block per sentence', () => {
    const { status, stdout } = parley(['parse', '-'], 'Iran rejected the offer. Egypt hosted talks.');
    assert.equal(status, 0);
    const blocks = stdout.trim().split('\n\n');
    assert.equal(blocks.length, 2);
    const rows = blocks[0].split('\n').filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
    assert.deepEqual(rows.map((row) => row[1]), ['Iran', 'rejected', 'the', 'offer', '.']);
    assert.ok(rows.every((row) => row.length === 10));
    assert.equal(rows.filter((row) => row[6] === '0').length, 1);
    assert.match(blocks[0], /^# text = Iran rejected the offer\.$/m);
  });

  it('fails with a clear message and exit code 1 for a missing file', () => {
    const { status, stderr } = parley(['parse', 'no/such/file.txt']);
    assert.equal(status, 1);
    assert.match(stderr, /cannot read no\/such\/file\.txt: no such file/);
  });
});

describe('parley code', () => {
  it('prints the analysed example report as JSON with spans into the original text', () => {
    const { status, stdout } = parley(['code', example, '--published', '2026-11-26']);
    assert.equal(status, 0);
    const doc = JSON.parse(stdout);
    assert.equal(doc.published, '2026-11-26');
    const token = doc.sentences[1].tokens[0];
    assert.equal(token.text, 'Iranian');
  });

  it('refuses an empty file, a PDF, a binary file and text not in English, naming the file, with exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-code-'));
    const files: [string, string | Buffer, RegExp][] = [
      ['empty.txt', ' \n', /empty\.txt is empty: there is no text to code/],
      ['report.pdf', '%PDF-1.4\nBT (Iran accused Israel) Tj ET', /report\.pdf: it is a PDF; PDF is not supported yet/],
      ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /image\.txt: it is binary/],
      ['german.txt', 'Die Regierung in Berlin hat am Montag neue Sanktionen gegen den Iran angekündigt, nachdem die Gespräche ohne Ergebnis zu Ende gegangen waren.', /german\.txt: it does not look like English/],
    ];
    for (const [name, content, message] of files) {
      writeFileSync(join(dir, name), content);
      const { status, stdout, stderr } = parley(['code', join(dir, name)]);
      assert.equal(status, 1, name);
      assert.equal(stdout, '', name);
      assert.match(stderr, message, name);
    }
    assert.equal(parley(['code'], '').status, 1, 'empty standard input');
  });

  it('names the document by its file name, or "stdin"', () => {
    assert.equal(JSON.parse(parley(['code', example]).stdout).id, 'iran-us-talks.txt');
    assert.equal(JSON.parse(parley(['code'], 'Iran accused Israel of spying.').stdout).id, 'stdin');
    assert.equal(JSON.parse(parley(['code', '-', '--id', 'mine'], 'Iran accused Israel of spying.').stdout).id, 'mine');
  });

  it('refuses a date that is not YYYY-MM-DD with exit code 2 (bad usage), whichever command and flag', () => {
    for (const args of [
      ['code', example, '--published', '26/11/2026'],
      ['ingest', example, '--db', ':memory:', '--published', '26/11/2026'],
      ['query', '--db', ':memory:', '--from', '26/11/2026'],
      ['export', '--db', ':memory:', '--to', '2026-02-30'],
    ]) {
      const { status, stderr } = parley(args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /"(26\/11\/2026|2026-02-30)" is not a date of the form YYYY-MM-DD/, args.join(' '));
    }
  });

  it('refuses an actor code of fewer than three letters, as the API does', () => {
    const { status, stderr } = parley(['query', '--db', ':memory:', '--source', 'U']);
    assert.equal(status, 2);
    assert.match(stderr, /--source: "U" is not an actor code/);
  });

  it('prints its version', () => {
    const { status, stdout } = parley(['--version']);
    assert.equal(status, 0);
    assert.match(stdout.trim(), /^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown option with exit code 2', () => {
    const { status, stderr } = parley(['code', example, '--colour']);
    assert.equal(status, 2);
    assert.match(stderr, /unknown option '--colour'/);
  });
});

describe('parley code output formats', () => {
  it('writes one CSV row per event under the documented header', () => {
    const { status, stdout } = parley(['code', example, '--published', '2026-11-26', '--format', 'csv']);
    assert.equal(status, 0);
    const [header, ...rows] = stdout.trim().split('\n');
    assert.ok(header.startsWith('document,event,sentence,date,source,source_text,target,target_text,cameo,'));
    const json = JSON.parse(parley(['code', example, '--published', '2026-11-26']).stdout);
    assert.equal(rows.length, json.events.length);
    assert.ok(rows.some((row) => row.includes(',036,')));
  });

  it('writes PLOVER records only for events PLOVER codes, with actor and recipient', () => {
    const { status, stdout } = parley(['code', example, '--published', '2026-11-26', '--format', 'plover']);
    assert.equal(status, 0);
    const records = JSON.parse(stdout);
    assert.ok(records.length > 0);
    for (const record of records) {
      assert.match(record.event_type, /^[A-Z]+$/);
      assert.ok(Array.isArray(record.actor) && Array.isArray(record.recipient));
    }
    assert.ok(records.some((r: { event_type: string; actor: { country: string }[] }) => r.event_type === 'AGREE' && r.actor[0].country === 'IRN'));
  });

  it('codes JSONL records and keeps their ids in JSONL output', () => {
    const input = [JSON.stringify({ id: 'a', text: 'Israel attacked Gaza.' }), JSON.stringify({ id: 'b', text: 'Egypt hosted talks.' })].join('\n');
    const { status, stdout } = parley(['code', '-', '--input', 'jsonl', '--format', 'jsonl'], input);
    assert.equal(status, 0);
    assert.deepEqual(stdout.trim().split('\n').map((line) => JSON.parse(line).id), ['a', 'b']);
  });
});
