import { csvFormat } from './csv.ts';
import type { OutputFormat } from './format.ts';
import { gdeltFormat } from './gdelt.ts';
import { jsonFormat } from './json.ts';
import { jsonlFormat } from './jsonl.ts';
import { ploverFormat } from './plover.ts';

/** Every output format by name; a new format is one module here and one line in this table. */
export const FORMATS = {
  json: jsonFormat,
  jsonl: jsonlFormat,
  csv: csvFormat,
  plover: ploverFormat,
  gdelt: gdeltFormat,
} as const satisfies Record<string, OutputFormat>;

/** The name of a format. */
export type FormatName = keyof typeof FORMATS;

/** The formats that write coded documents (`parley code`). */
export const DOCUMENT_FORMATS = (Object.keys(FORMATS) as FormatName[]).filter((name) => (FORMATS[name] as OutputFormat).writeDocuments);

/** The formats that write stored events (`parley export`). */
export const EVENT_FORMATS = (Object.keys(FORMATS) as FormatName[]).filter((name) => (FORMATS[name] as OutputFormat).writeEvents);

/** One line per format of a list, `name: what it is`, for help texts. */
export function describeFormats(names: readonly FormatName[]): string {
  return names.map((name) => `${name}: ${FORMATS[name].describe}`).join('; ');
}
