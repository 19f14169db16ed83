/**
 * Reads a word list: one entry per line, `#` lines are comments, blank lines skipped, each line
 * trimmed. Returns the entries in file order, case kept.
 */
export function readWordList(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
