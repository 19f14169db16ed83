import { readFileSync } from 'node:fs';
import { ParleyError } from '../core/errors.ts';
import { checkTextBytes } from '../ingest/text-check.ts';

/** The largest input file the CLI reads into memory at once (bytes). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a file, or standard input for "-" or no file; errors say which and why. */
export function readInput(file: string | undefined, stdin: { isTTY?: boolean; fd: number } = process.stdin): string {
  if (file === undefined || file === '-') {
    if (file === undefined && stdin.isTTY) {
      throw new ParleyError('USAGE', 'no input: give a file, or pipe text to standard input (use "-" to read it explicitly)');
    }
    return readSource(0, 'standard input');
  }
  return readSource(file, file);
}

function readSource(source: string | number, name: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
    throw new ParleyError('INPUT_INVALID', `cannot read ${name}: ${reason}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ParleyError('INPUT_TOO_LARGE', `${name} is ${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}: split it into smaller files`);
  }
  checkTextBytes(bytes, name);
  return bytes.toString('utf8');
}
