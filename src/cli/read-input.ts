import { ParleyError } from '../core/errors.ts';
import { readBounded } from '../ingest/read-bounded.ts';
import { checkTextBytes } from '../ingest/text-check.ts';

/** The largest input file the CLI reads into memory at once (bytes). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file, or standard input for "-" or no file, as a stream with the size checked while
 * reading; errors say which and why.
 */
export async function readInput(file: string | undefined, stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (file === undefined || file === '-') {
    if (file === undefined && stdin.isTTY) {
      throw new ParleyError('USAGE', 'no input: give a file, or pipe text to standard input (use "-" to read it explicitly)');
    }
    return decode(await readBounded(stdin, MAX_INPUT_BYTES, 'standard input'), 'standard input');
  }
  return decode(await readBounded(file, MAX_INPUT_BYTES, file), file);
}

function decode(bytes: Buffer, name: string): string {
  checkTextBytes(bytes, name);
  return bytes.toString('utf8');
}
