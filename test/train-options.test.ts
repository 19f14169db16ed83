// The training script's command line: a bad option, a count that is not a whole number, or a
// treebank folder without the treebank is one line and exit code 1, before any training starts
// (each was a stack trace, and a count like "ten" trained a model with zero epochs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function runTrain(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/syntax/train.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

test('an unknown option is named in one line', () => {
  const run = runTrain(['--epochs', '3']);
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stderr, "Unknown option '--epochs'\n");
});

test('a count that is not a whole number is refused before training', () => {
  const run = runTrain(['--tagger-epochs', 'ten']);
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stderr, "train:syntax: --tagger-epochs takes a whole number, not 'ten'\n");
  assert.equal(run.stdout, '');
});

test('a --ud folder without the treebank is named', () => {
  const run = runTrain(['--ud', '/no/such/ud']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /^cannot read the treebank file \/no\/such\/ud\/UD_English-EWT\/en_ewt-ud-train\.conllu: ENOENT/);
});
