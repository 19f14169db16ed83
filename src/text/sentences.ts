import { LEXICON } from '../lexicon/index.ts';
import type { RawToken } from './tokenize.ts';

/**
 * Groups the tokens of normalised text into sentences. A sentence ends at terminal punctuation
 * (with any closing quotes and brackets after it) before a word that can start a sentence, at an
 * abbreviation whose period evidently doubles as a full stop, and at line breaks. When an
 * abbreviation ends a sentence its period becomes a token of its own ("U.S" "."), as in EWT.
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): RawToken[][] {
  const sentences: RawToken[][] = [];
  let current: RawToken[] = [];
  const finish = () => {
    if (current.length) sentences.push(current);
    current = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (current.length && token.newlineBefore && breaksAtLine(text, tokens[k - 1], token)) finish();
    const next = tokens[k + 1];
    if (token.abbreviation) {
      if (next === undefined || (next.newlineBefore && breaksAtLine(text, token, next)) || abbreviationEndsSentence(text, token, next)) {
        current.push({ ...token, end: token.end - 1, abbreviation: false }, { start: token.end - 1, end: token.end, abbreviation: false, newlineBefore: false });
        finish();
        continue;
      }
      current.push(token);
      continue;
    }
    current.push(token);
    if (!isTerminal(text, token)) continue;
    // Closing quotes and brackets that touch the terminal punctuation belong to this sentence.
    // So does an emoticon after them ("I love her. :)").
    while (
      k + 1 < tokens.length &&
      !tokens[k + 1].newlineBefore &&
      ((isCloser(text, tokens[k + 1]) && (tokens[k + 1].start === tokens[k].end || isBracket(text, tokens[k + 1]))) || isEmoticon(text, tokens[k + 1]))
    ) {
      k++;
      current.push(tokens[k]);
    }
    const following = tokens[k + 1];
    if (following === undefined || canStartSentence(text, following, token)) finish();
  }
  finish();
  return sentences;
}

function breaksAtLine(text: string, previous: RawToken, next: RawToken): boolean {
  const gap = text.slice(previous.end, next.start);
  if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return true;
  // A single line break is a paragraph break, unless the text looks hard-wrapped: a long line
  // that stops on a word and a next line that carries on in lowercase.
  return !(isLowercaseWord(text, next) && isWordToken(text, previous) && lineLength(text, previous.end) >= WRAP_WIDTH);
}

// Lines at least this long before a break may have been wrapped by a mailer or a wire system.
const WRAP_WIDTH = 60;

function lineLength(text: string, end: number): number {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return end - lineStart;
}

function abbreviationEndsSentence(text: string, token: RawToken, next: RawToken): boolean {
  if (LEXICON.abbreviations.titles.has(text.slice(token.start, token.end - 1))) return false;
  return LEXICON.sentenceStarters.has(text.slice(next.start, next.end));
}

function isTerminal(text: string, token: RawToken): boolean {
  for (let i = token.start; i < token.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false;
  }
  return true;
}

function canStartSentence(text: string, next: RawToken, terminal: RawToken): boolean {
  const code = text.charCodeAt(next.start);
  // Punctuation that continues a clause ("Who are We?: The Challenges") starts no sentence.
  if (code === 58 || code === 44 || code === 59 || code === 33 || code === 63 || code === 46 || code === 41 || code === 93) return false;
  const ellipsis = terminal.end - terminal.start > 1 || text.charCodeAt(terminal.start) === 0x2026;
  if (ellipsis) return isUppercase(code);
  return true;
}

function isCloser(text: string, token: RawToken): boolean {
  if (token.end - token.start !== 1) return false;
  const code = text.charCodeAt(token.start);
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 125;
}

const EMOTICON = /^(?:[:;=8][-o^']?[()\[\]DPpOo3|\\/*]|<3)$/;

function isEmoticon(text: string, token: RawToken): boolean {
  return token.end - token.start <= 3 && EMOTICON.test(text.slice(token.start, token.end));
}

function isBracket(text: string, token: RawToken): boolean {
  const code = text.charCodeAt(token.start);
  return code === 41 || code === 93 || code === 125;
}

function isWordToken(text: string, token: RawToken): boolean {
  const code = text.charCodeAt(token.end - 1);
  return isLowercase(code) || isUppercase(code) || (code >= 48 && code <= 57);
}

function isLowercaseWord(text: string, token: RawToken): boolean {
  return isLowercase(text.charCodeAt(token.start));
}

function isLowercase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase();
}

function isUppercase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}
