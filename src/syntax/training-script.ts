// The command line of the training scripts (train.ts, train-lemmas.ts): run when the file is the
// script node started, and a bad option (parseArgs's TypeError) or a Parley error is one line and
// exit code 1, not a stack trace.
import { pathToFileURL } from 'node:url';
import { ParleyError } from '../core/errors.ts';

/** Runs `main` with the command's arguments when `moduleUrl` is the script node started. */
export function runTrainingScript(moduleUrl: string, main: (argv: string[]) => void): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof ParleyError || error instanceof TypeError ? error.message : error);
    process.exitCode = 1;
  }
}
