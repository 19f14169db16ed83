import { ParleyError } from '../core/errors.ts';
import { LEXICON } from '../lexicon/index.ts';

// Input that is not English news text is refused before coding: a coder fed a PDF's operators or
// a German report finds events in noise. The checks are cheap and need no model; each answers
// with the reason, or undefined when the input looks fine.

/** The bytes looked at to tell text from binary content. */
const SAMPLE_BYTES = 64 * 1024;

/** Why `bytes` are not text (a PDF, or binary content), or undefined when they are. */
export function describeBinary(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') {
    return 'it is a PDF; PDF is not supported yet: extract its text first (pdftotext FILE.pdf FILE.txt) and give Parley the text';
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'it is binary (it holds NUL bytes), not text';
    // tab, line feed, vertical tab, form feed, carriage return and escape occur in text files
    if ((byte < 32 && (byte < 9 || byte > 13) && byte !== 27) || byte === 127) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) return `it is binary (${Math.round((100 * control) / sample.length)}% control characters), not text`;
  return undefined;
}

/** Texts shorter than this are never judged: a headline has too few words to tell. */
const MIN_WORDS = 12;

/**
 * Why `text` is not English, or undefined when it may be. Another script (Cyrillic, Arabic, Chinese
 * ...) for most letters, or words with almost none of the commonest English function words ("the",
 * "of", "said"), are not English. Short texts are never refused.
 */
export function describeLanguage(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length >= 20) {
    const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
    if (latin / letters.length < 0.5) return 'it is not in English (most of its letters are not Latin); Parley codes English text only';
  }
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const english = words.filter((word) => LEXICON.functionWords.has(word)).length / words.length;
  const foreign = words.filter((word) => LEXICON.foreignFunctionWords.has(word)).length / words.length;
  // English news has a fifth or more of these words; the fewest seen in 1,900 AG News leads is 1 in 26
  if ((english < 0.05 && foreign >= 0.08) || (words.length >= 25 && english < 0.02)) {
    return `it does not look like English (${Math.round(english * 100)}% of its ${words.length} words are common English words such as "the", "of", "said"); Parley codes English text only`;
  }
  return undefined;
}

/** Why `text` cannot be coded (it has no words, or is not English), or undefined when it can. */
export function describeUncodableText(text: string): string | undefined {
  if (text.trim() === '') return 'it is empty: there is no text to code';
  return describeLanguage(text);
}

/** Throws a ParleyError naming `name` when `text` has no words or is not English. */
export function checkTextToCode(text: string, name: string): void {
  if (text.trim() === '') throw new ParleyError('INPUT_INVALID', `${name} is empty: there is no text to code`);
  const language = describeLanguage(text);
  if (language) throw new ParleyError('INPUT_INVALID', `${name}: ${language}`);
}

/** Throws a ParleyError naming `name` when `bytes` are not text. */
export function checkTextBytes(bytes: Uint8Array, name: string): void {
  const binary = describeBinary(bytes);
  if (binary) throw new ParleyError('INPUT_INVALID', `${name}: ${binary}`);
}
