import { z } from 'zod';

/**
 * One document as a record of input: a JSONL line of `parley ingest` or `parley code --input
 * jsonl`, or a document of `POST /api/documents` (which adds the limits of a request body).
 */
export const inputRecordSchema = z.object({
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  text: z.string(),
  published: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

/** A checked input record. */
export type InputRecord = z.output<typeof inputRecordSchema>;

/** The record's fields as messages name them. */
export const INPUT_RECORD_FIELDS = '{id?, title?, text, published?, url?, source?}';

/** One JSONL line read against a record schema: the record, the JSON error, or every field's problem (`text: expected string ...`). */
export function parseJsonlLine<S extends z.ZodType>(line: string, schema: S): { record: z.output<S> } | { notJson: string } | { issues: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { notJson: `not JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { record: parsed.data };
  return { issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`) };
}
