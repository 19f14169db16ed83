import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { ParleyError } from '../core/errors.ts';

/**
 * Reads a file or a stream (standard input, a pipe) whole, counting bytes as they arrive: past
 * `maxBytes` it stops reading and throws INPUT_TOO_LARGE, so an endless source (`/dev/zero`, a
 * pipe that never closes its data) cannot fill the memory. A pipe is read as a stream, never with
 * a blocking read (which fails with EAGAIN on a non-blocking pipe).
 */
export async function readBounded(source: string | Readable, maxBytes: number, name: string): Promise<Buffer> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        throw new ParleyError('INPUT_TOO_LARGE', `${name} is over ${maxBytes} bytes, the limit: split it into smaller files`);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
    throw new ParleyError('INPUT_INVALID', `cannot read ${name}: ${reason}`);
  } finally {
    // stop a source that would go on (a device, a pipe still open) and let go of its descriptor
    if (typeof source === 'string') stream.destroy();
  }
  return Buffer.concat(chunks, size);
}
