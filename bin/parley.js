#!/usr/bin/env node
// Parley ships TypeScript sources; tsx loads them without a build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`parley export | head`) ends the output, not the program with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv);
