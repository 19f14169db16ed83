import { Option, type Command } from 'commander';
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../core/errors.ts';
import { createDocumentLookup } from '../../formats/document-lookup.ts';
import { describeFormats, EVENT_FORMATS, FORMATS, type FormatName } from '../../formats/registry.ts';
import { openStore } from '../../store/open.ts';
import type { CliOutput } from '../main.ts';
import { addFilterOptions, addLimitOption, parseFilters, type FilterFlags, storeLocation } from './store-options.ts';

/** `parley export`: stored events as CSV, JSONL, PLOVER JSON or a GDELT-like TSV. */
export function registerExport(program: Command, output: CliOutput): void {
  const command = program
    .command('export')
    .description('write stored events as CSV, JSONL, PLOVER JSON or a GDELT-like TSV (columns in the README)')
    .addOption(new Option('--format <format>', describeFormats(EVENT_FORMATS)).choices(EVENT_FORMATS).default('jsonl'))
    .option('--output <file>', 'write to this file (written whole, then renamed into place) instead of standard output');
  addLimitOption(addFilterOptions(command));
  command.action(async (flags: FilterFlags & { format: FormatName; output?: string }) => {
    const query = parseFilters(flags);
    const store = openStore(storeLocation(flags), { readonly: true });
    const sink = flags.output ? fileSink(flags.output) : { write: output.out, done: () => undefined, abandon: () => undefined };
    let count = 0;
    try {
      count = (await FORMATS[flags.format].writeEvents?.(store.streamEvents(query), sink.write, createDocumentLookup(store))) ?? 0;
      sink.done();
    } catch (error) {
      sink.abandon();
      throw error;
    } finally {
      await store.close();
    }
    output.err(`exported ${count} event(s)${flags.output ? ` to ${flags.output}` : ''}\n`);
  });
}

/** Writes to `file.partial`, renamed to `file` when complete, so a failed export leaves no half file. */
function fileSink(file: string) {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new ParleyError('USAGE', `--output: ${file} is a folder; give a file name, such as ${join(file, 'events.csv')}`);
  }
  const partial = `${file}.partial`;
  let fd: number | null;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw new ParleyError('USAGE', `cannot write ${file}: ${(error as Error).message}`);
  }
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write: (text: string) => void writeSync(fd as number, text),
    done: () => {
      close();
      try {
        renameSync(partial, file);
      } catch (error) {
        throw new ParleyError('USAGE', `cannot write ${file}: ${(error as Error).message}`);
      }
    },
    abandon: () => {
      close();
      rmSync(partial, { force: true });
    },
  };
}
