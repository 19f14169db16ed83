import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parley } from './cli-helpers.ts';

// Inputs that once made the CLI hang, fail or fill the memory (issue 13): a slow pipe, an endless
// device, a named pipe in a folder, and more workers than cores.

const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

/** Runs `parley` with a shell pipeline in front of it; its exit status and output. */
function pipedParley(producer: string, args: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', `${producer} | "${process.execPath}" "${bin}" ${args}`], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('reading input that arrives slowly or never ends', () => {
  it('reads standard input from a pipe whose writer is slow, as a stream', () => {
    const { status, stdout, stderr } = pipedParley(`(sleep 1; echo "Iran accused the United States of spying on its nuclear sites.")`, 'code - --format csv');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /IRN/);
  });

  it('reads a large pipe in full', () => {
    // more than a pipe's buffer, written in pieces: a single blocking read would see only part of it or EAGAIN
    const { status, stdout, stderr } = pipedParley(`(for i in 1 2 3; do head -c 100000 /dev/zero | tr '\\0' ' '; sleep 0.2; done; echo "Iran accused the United States of spying.")`, 'parse -');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /# text = Iran accused the United States of spying\./);
  });

  it('stops reading an endless input at the size limit instead of filling the memory', () => {
    // bounded here too: before the fix, this read grew without end
    const { status, stderr, error } = spawnSync(process.execPath, ['--max-old-space-size=512', bin, 'code', '/dev/zero'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(error, undefined, 'parley code /dev/zero did not finish in 30 s');
    assert.equal(status, 1);
    assert.match(stderr, /\/dev\/zero is over \d+ bytes, the limit/);
  });
});

describe('ingest of things that are not regular files', () => {
  it('skips a named pipe in a folder with a message and stores the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-fifo-'));
    const folder = join(dir, 'news');
    execFileSync('mkdir', [folder]);
    writeFileSync(join(folder, 'report.txt'), 'Iran accused the United States of spying on its nuclear sites on Monday, officials in Tehran said.');
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const child = spawn(process.execPath, [bin, 'ingest', folder, '--db', join(dir, 'parley.db'), '--workers', '0', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    assert.notEqual(status, null, 'ingest hung on the named pipe');
    assert.match(stderr, /skipped .*pipe\.txt: it is not a regular file \(a named pipe\)/);
    assert.equal(JSON.parse(stdout).documents_stored, 1);
  });
});

describe('--workers', () => {
  it('uses no more coding workers than the machine has cores, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-workers-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Iran accused the United States of spying on its nuclear sites on Monday, officials in Tehran said.');
    const { status, stderr } = parley(['ingest', file, '--db', join(dir, 'parley.db'), '--workers', '64', '--no-progress']);
    assert.equal(status, 0, stderr);
    const cores = availableParallelism();
    assert.match(stderr, new RegExp(`--workers 64 is more than the ${cores} core\\(s\\) of this machine: using ${cores}`));
  });
});
