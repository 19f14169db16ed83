import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createCoder, createParser, isIsoDate } from '../coder.ts';
import { isParleyError, ParleyError } from '../core/errors.ts';
import { describeFormats, DOCUMENT_FORMATS, FORMATS, type FormatName } from '../formats/registry.ts';
import { inputRecordSchema, parseJsonlLine } from '../ingest/input-record.ts';
import { checkTextToCode } from '../ingest/text-check.ts';
import { formatConllu } from '../syntax/conllu.ts';
import { registerEval } from './commands/eval.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerQuery } from './commands/query.ts';
import { registerQueue } from './commands/queue.ts';
import { registerServe } from './commands/serve.ts';
import { registerWorker } from './commands/worker.ts';
import { readInput } from './read-input.ts';

/** Where the CLI writes: standard output and error by default, buffers in tests. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** One input record of `parley code`: the ingest's record, with the id required, since event ids are derived from it. */
const codeRecordSchema = inputRecordSchema.pick({ text: true, published: true }).extend({ id: z.string().min(1) });

/** Reads JSONL input: every line checked, and every problem reported at once with its line number. */
function parseJsonlInput(input: string, name: string): z.infer<typeof codeRecordSchema>[] {
  const records: z.infer<typeof codeRecordSchema>[] = [];
  const problems: string[] = [];
  for (const [index, line] of input.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line, codeRecordSchema);
    if ('record' in parsed) records.push(parsed.record);
    else for (const message of 'notJson' in parsed ? [parsed.notJson] : parsed.issues) problems.push(`${name}:${index + 1}: ${message}`);
  }
  if (problems.length) {
    throw new ParleyError('INPUT_INVALID', `${name} has ${problems.length} problem(s); each line must be {"id", "text", "published"?}`, problems);
  }
  return records;
}

function buildProgram(output: CliOutput): Command {
  const program = new Command('parley')
    .description('Political event coding from news text, with the evidence behind every event')
    .version(VERSION, '--version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err });

  program
    .command('code')
    .description('code a text or JSONL records (a file, or standard input) and print the events with their evidence')
    .argument('[file]', 'text file or JSONL file to code; "-" or nothing reads standard input')
    .addOption(
      new Option('--format <format>', describeFormats(DOCUMENT_FORMATS))
        .choices(DOCUMENT_FORMATS)
        .default('json'),
    )
    .addOption(
      new Option('--input <kind>', 'text: the whole input is one document; jsonl: one {id, text, published?} record per line (default for .jsonl files and with --format jsonl)').choices([
        'text',
        'jsonl',
      ]),
    )
    .option('--published <date>', 'publication date, YYYY-MM-DD (JSONL records may carry their own)')
    .option('--id <id>', 'document id (default: the file name, or "stdin")')
    .option('--dictionary <file>', 'a user dictionary of actors and agents (JSON); repeat for more', (file: string, files: string[]) => [...files, file], [] as string[])
    .action(async (file: string | undefined, options: { format: FormatName; input?: string; published?: string; id?: string; dictionary: string[] }) => {
      // a bad flag is bad usage (exit 2), as for every date flag of every command
      if (options.published !== undefined && !isIsoDate(options.published)) {
        throw new ParleyError('USAGE', 'invalid options', [`--published: "${options.published}" is not a date of the form YYYY-MM-DD`]);
      }
      const input = await readInput(file);
      const fromStdin = file === undefined || file === '-';
      const name = fromStdin ? 'standard input' : file;
      const kind = options.input ?? (options.format === 'jsonl' || /\.jsonl$/i.test(file ?? '') ? 'jsonl' : 'text');
      const records = kind === 'jsonl' ? parseJsonlInput(input, name) : [{ id: options.id ?? (fromStdin ? 'stdin' : basename(file)), text: input, published: undefined }];
      if (kind === 'jsonl' && records.length === 0) throw new ParleyError('INPUT_INVALID', `${name} has no records: there is no text to code`);
      for (const record of records) checkTextToCode(record.text, kind === 'jsonl' ? `${name} (record "${record.id}")` : name);
      const coder = createCoder({ dictionaries: options.dictionary });
      const docs = records.map((record) => coder.code(record.text, { id: record.id, published: record.published ?? options.published }));
      FORMATS[options.format].writeDocuments?.(docs, output.out, { single: kind !== 'jsonl' });
    });

  program
    .command('parse')
    .description('print the CoNLL-U parse of a text (a file, or standard input)')
    .argument('[file]', 'text file to parse; "-" or nothing reads standard input')
    .action(async (file: string | undefined) => {
      const text = await readInput(file);
      const doc = createParser().code(text);
      const blocks = (doc.sentences ?? []).map((sentence, i) => formatConllu(sentence, doc.text, `${doc.id}-${i + 1}`));
      output.out(blocks.join('\n') + (blocks.length ? '\n' : ''));
    });

  registerEval(program, output);
  registerIngest(program, output);
  registerQuery(program, output);
  registerExport(program, output);
  registerServe(program, output);
  registerWorker(program, output);
  registerQueue(program, output);
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code; every error is translated here. */
export async function runCli(argv: string[], output: CliOutput = defaultOutput): Promise<number> {
  const program = buildProgram(output);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isParleyError(error)) {
      output.err(`parley: ${error.message}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    output.err(`parley: unexpected error (please report it): ${message}\n`);
    return 70;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv);
}
