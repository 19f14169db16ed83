import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

/** Starts `parley serve` and resolves with the process and the first line it prints. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; line: string; output: () => string }> {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-serve-')), 'parley.db');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db, '--workers', '0', ...args], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, line: out.split('\n')[0], output: () => out });
    });
    child.stderr?.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('parley serve', { timeout: 60_000 }, () => {
  it('listens on 127.0.0.1, prints the address, and stops cleanly on SIGTERM', async () => {
    const { child, line } = await serve([]);
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    assert.ok(url, line);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string };
    assert.equal(health.status, 'ok');
    assert.equal(await stop(child), 0);
  });

  it('requires a token on an address other than loopback, and generates one when none is set', async () => {
    const { child, line, output } = await serve(['--host', '0.0.0.0'], { PARLEY_TOKEN: '' });
    const match = /http:\/\/0\.0\.0\.0:(\d+)\/\?token=([\w-]+)/.exec(line);
    assert.ok(match, line);
    const [, port, token] = match;
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 401);
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    assert.match(output(), /Authorization: Bearer/);
    assert.equal(await stop(child), 0);
  });

  it('refuses a token shorter than 16 characters', () => {
    const result = spawnSync(process.execPath, [bin, 'serve', '--port', '0', '--db', ':memory:', '--workers', '0'], { env: { ...process.env, PARLEY_TOKEN: 'short' }, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /token is too short/);
  });

  it('reports every invalid option at once', () => {
    const result = spawnSync(process.execPath, [bin, 'serve', '--port', 'eighty', '--max-body', '10', '--cors', 'example.org'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--port/);
    assert.match(result.stderr, /--max-body/);
    assert.match(result.stderr, /--cors/);
  });
});
