#!/usr/bin/env node
// Parley ships TypeScript sources; tsx loads them without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv);
