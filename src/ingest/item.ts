/** One document found by the ingest, before coding. */
export interface IngestItem {
  kind: 'item';
  id: string;
  text: string;
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  url?: string;
  outlet?: string;
  /** Where it was found, for messages: `file.jsonl:12`, a path as given, a URL, `feed.xml#3`. */
  origin: string;
  /** Where it was found, as the store keeps it when that differs from `origin`: a file's name relative to the folder ingested. */
  storedOrigin?: string;
  /** The id is the file's name: another text found under the same name is stored under the name with part of its content hash. */
  idFromName?: boolean;
}

/** An input, or part of one, that could not be read; the ingest reports it and goes on. */
export interface IngestProblem {
  kind: 'problem';
  origin: string;
  message: string;
  code: 'INPUT_INVALID' | 'INPUT_TOO_LARGE';
}

/** What reading the inputs yields, in order. */
export type IngestEntry = IngestItem | IngestProblem;

export function problem(origin: string, message: string, code: IngestProblem['code'] = 'INPUT_INVALID'): IngestProblem {
  return { kind: 'problem', origin, message, code };
}
