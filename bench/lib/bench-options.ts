// The command line of a bench script. Node's parseArgs throws on an unknown option or a missing
// value, and a bench script that let it through printed a stack trace; here the script names
// itself, says what was wrong and which options it takes, and exits with 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `process.argv` for `script` (e.g. "bench:events"); on a bad option prints one line and exits 2. */
export function benchOptions<T extends Options>(script: string, options: T): ReturnType<typeof parseArgs<{ options: T }>> {
  try {
    return parseArgs({ options });
  } catch (error) {
    const takes = Object.keys(options).map((name) => `--${name}`).join(', ');
    benchUsageError(script, `${(error as Error).message} (it takes ${takes})`);
  }
}

/** Prints `script: message` and exits 2: for an option whose value the script cannot use. */
export function benchUsageError(script: string, message: string): never {
  process.stderr.write(`${script}: ${message}\n`);
  process.exit(2);
}
