import { LEXICON } from '../lexicon/index.ts';

/**
 * A token found in normalised text, before sentence splitting and before mapping back to the
 * original. `abbreviation` marks a word that kept its final period ("U.S.", "Gen."): the sentence
 * splitter may still detach that period when the abbreviation ends a sentence, as EWT does.
 */
export interface RawToken {
  start: number;
  end: number;
  abbreviation: boolean;
  /** A line break lies in the whitespace before this token. */
  newlineBefore: boolean;
}

/**
 * Splits normalised text [start, end) into syntactic words following UD English EWT: clitics off
 * ("do" "n't", "country" "'s"), punctuation off, hyphenated compounds split except after
 * prefixes such as "non-" and "e-", numbers ("1,000", "3.5", "5:00") whole, "$" and "%" apart,
 * abbreviations, URLs and e-mail addresses whole.
 */
export function tokenizeNormalized(text: string, start = 0, end = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  let i = start;
  let newline = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) newline = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    const before = tokens.length;
    splitChunk(text, i, j, tokens);
    if (tokens.length > before) tokens[before].newlineBefore = newline;
    newline = false;
    i = j;
  }
  return tokens;
}

const URL = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s]+/iy;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;

// Emoticons are single tokens in EWT: ":)", ":-(", ";P", "<3".
const EMOTICON = /(?:[:;=8][-o^']?[()\[\]DPpOo3|\\/*]|<3)(?![\p{L}\p{N}])/uy;

function splitChunk(text: string, start: number, end: number, out: RawToken[]): void {
  EMOTICON.lastIndex = start;
  const emoticon = EMOTICON.exec(text);
  if (emoticon && start + emoticon[0].length <= end && (start === 0 || isSpace(text.charCodeAt(start - 1)))) {
    const after = start + emoticon[0].length;
    if (after === end || !isAsciiWordChar(text.charCodeAt(after))) {
      push(out, start, after);
      if (after < end) splitChunk(text, after, end, out);
      return;
    }
  }
  // Leading punctuation: brackets, quotes, currency before a digit, dash runs.
  while (start < end) {
    const code = text.charCodeAt(start);
    if (code === 39 /* ' */ && isClitic(text, start, end)) break;
    if (code === 39 && text.charCodeAt(start + 1) === 39) {
      push(out, start, start + 2);
      start += 2;
      continue;
    }
    if (isOpening(code) || (isCurrency(code) && start + 1 < end && isDigit(text.charCodeAt(start + 1)))) {
      push(out, start, start + 1);
      start++;
      continue;
    }
    if (isDash(code) || code === 46 /* . */) {
      let j = start + 1;
      while (j < end && text.charCodeAt(j) === code) j++;
      if (j - start >= 2 || isDash(code) && code !== 45 || (code === 45 && j < end && !isDigit(text.charCodeAt(j)))) {
        push(out, start, j);
        start = j;
        continue;
      }
    }
    break;
  }
  if (start >= end) return;

  // Trailing punctuation, collected from the end and emitted after the core. A final single
  // period is held back until the core is split, so that it can stay on an abbreviation that is
  // the core's last piece ("U.S.", "Iran-U.S.", "Gen.,").
  const trailing: RawToken[] = [];
  let period = -1;
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    if (code === 46 /* . */) {
      let k = end - 1;
      while (k > start && text.charCodeAt(k - 1) === 46) k--;
      if (k === start) break;
      if (end - k >= 2) {
        trailing.push(token(k, end));
        end = k;
        continue;
      }
      period = k;
      end = k;
      break;
    }
    if (code === 33 || code === 63 /* ! ? */) {
      let k = end - 1;
      while (k > start && isTerminal(text.charCodeAt(k - 1))) k--;
      if (k === start) break;
      trailing.push(token(k, end));
      end = k;
      continue;
    }
    if (isClosing(code) || code === 44 || code === 59 || code === 58 || code === 0x2026 || isDash(code)) {
      // A run of dashes or apostrophes ("--", "''") is one token.
      let k = end - 1;
      if (isDash(code) || code === 39) while (k > start && text.charCodeAt(k - 1) === code) k--;
      if (k === start) break;
      trailing.push(token(k, end));
      end = k;
      continue;
    }
    break;
  }
  splitCore(text, start, end, out);
  if (period >= 0) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end === period && isAbbreviation(text, last.start, period) && numberFollowsIfNeeded(text, last.start, period)) {
      last.end++;
      last.abbreviation = true;
    } else push(out, period, period + 1);
  }
  for (let k = trailing.length - 1; k >= 0; k--) out.push(trailing[k]);
}

function splitCore(text: string, start: number, end: number, out: RawToken[]): void {
  if (end <= start) return;
  if (matchesWhole(URL, text, start, end) || matchesWhole(EMAIL, text, start, end)) {
    push(out, start, end);
    return;
  }
  const length = end - start;
  if (length <= 8 && length >= 3) {
    const split = LEXICON.splitWords.get(text.slice(start, end).toLowerCase());
    if (split !== undefined) {
      push(out, start, start + split);
      push(out, start + split, end);
      return;
    }
  }
  const clitic = cliticLength(text, start, end);
  if (clitic > 0) {
    splitInside(text, start, end - clitic, out);
    push(out, end - clitic, end);
    return;
  }
  splitInside(text, start, end, out);
}

/** Splits a word at internal punctuation: hyphens, slashes, brackets, commas outside numbers. */
function splitInside(text: string, start: number, end: number, out: RawToken[]): void {
  let piece = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128 ? isAsciiWordChar(code) : isWordChar(text, i)) {
      if (isDigit(code) || !isNumber(text, piece, i) || i === piece) {
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        continue;
      }
      // A number followed by letters: "5pm" gives "5" "pm", "7:30PM" gives "7:30" "PM", "1970s" and "20th" stay whole.
      let j = i;
      while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
      if (j === i || LEXICON.numberSuffixes.has(text.slice(i, j)) || (j < end && isDigit(text.charCodeAt(j)))) {
        i = Math.max(j, i + 1);
        continue;
      }
      push(out, piece, i);
      piece = i;
      i = j;
      continue;
    }
    let keep = false;
    const previous = i > start ? text.charCodeAt(i - 1) : 0;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    switch (code) {
      case 46: // . inside "U.S", "3.5", "file.doc"; a run of dots is an ellipsis
        keep = next !== 46 && previous !== 46 && i > piece && i + 1 < end;
        break;
      case 44: // , inside "1,000"
      case 58: // : inside "5:00"
        keep = isDigit(previous) && isDigit(next) && i > piece;
        break;
      case 47: // / inside "9/11" and "b/c"; "and/or" splits
        keep = i > piece && ((isDigit(previous) && isDigit(next)) || (i - piece === 1 && isAsciiLetter(previous) && isAsciiLetter(next) && (i + 2 >= end || !isAsciiLetter(text.charCodeAt(i + 2)))));
        break;
      case 35: // # opening a hashtag
        keep = i === piece && isAsciiLetter(next);
        break;
      case 39: // ' inside "O'Brien"
        keep = i > piece && i + 1 < end;
        break;
      case 38: // & inside "AT&T"
      case 95: // _ inside identifiers
      case 64: // @ inside handles
      case 43: // + inside "C++" style names
        keep = i > piece;
        break;
      case 45: // - splits, except after a prefix or between digits ("713-853-3989")
        keep = i > piece && i + 1 < end && next !== 45 && hyphenStaysInWord(text, piece, i, next);
        break;
    }
    if (keep) {
      i++;
      continue;
    }
    if (i > piece) push(out, piece, i);
    let j = i + 1;
    if (code === 46 || code === 45 || code === 33 || code === 63 || isRepeatable(code)) {
      while (j < end && text.charCodeAt(j) === code) j++;
    } else if (code >= 0xd800 && code <= 0xdbff && j < end) {
      j++;
    }
    push(out, i, j);
    piece = j;
    i = j;
  }
  if (end > piece) push(out, piece, end);
}

/** "No." and "Nos." are abbreviations only before a number ("No. 10"); elsewhere "No" is a word. */
function numberFollowsIfNeeded(text: string, start: number, period: number): boolean {
  const word = text.slice(start, period);
  if (word !== 'No' && word !== 'Nos') return true;
  let at = period + 1;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return isDigit(text.charCodeAt(at));
}

function hyphenStaysInWord(text: string, piece: number, at: number, next: number): boolean {
  if (isDigit(text.charCodeAt(at - 1)) && isDigit(next)) return true;
  const left = text.slice(piece, at).toLowerCase();
  return LEXICON.hyphenPrefixes.has(left);
}

/** True when [start, end) followed by a period is an abbreviation ("U.S", "Gen", "J", "e.g"). */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length <= 0) return false;
  if (length === 1) return isUpperAscii(text.charCodeAt(start));
  if (length <= 8 && LEXICON.abbreviations.all.has(text.slice(start, end))) return true;
  // Letters separated by periods: "U.S", "e.g", "p.m", "D.C".
  if (length < 3 || length > 12) return false;
  for (let i = start; i < end; i++) {
    const expectLetter = (i - start) % 2 === 0;
    const code = text.charCodeAt(i);
    if (expectLetter ? !isAsciiLetter(code) : code !== 46) return false;
  }
  return length % 2 === 1;
}

function cliticLength(text: string, start: number, end: number): number {
  const length = end - start;
  if (length >= 4 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 96)) {
    const n = text.charCodeAt(end - 3);
    const t = text.charCodeAt(end - 1);
    if ((n === 110 || n === 78) && (t === 116 || t === 84) && isAsciiLetter(text.charCodeAt(end - 4))) return 3;
  }
  for (const clitic of LEXICON.clitics) {
    const at = end - clitic.length;
    if (at <= start) continue;
    const apostrophe = text.charCodeAt(at);
    if (apostrophe !== 39 && apostrophe !== 96) continue;
    if (text.slice(at + 1, end).toLowerCase() !== clitic.slice(1)) continue;
    if (!isAsciiWordChar(text.charCodeAt(at - 1)) && !isWordChar(text, at - 1)) continue;
    return clitic.length;
  }
  return 0;
}

function isClitic(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  return word.length > 1 && LEXICON.clitics.includes(word.replace(/[.,;:!?"')\]]+$/, ''));
}

function matchesWhole(pattern: RegExp, text: string, start: number, end: number): boolean {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match !== null && match.index === start && start + match[0].length >= end;
}

function token(start: number, end: number): RawToken {
  return { start, end, abbreviation: false, newlineBefore: false };
}

function push(out: RawToken[], start: number, end: number): void {
  out.push(token(start, end));
}

/** Digits, possibly with separators inside ("7:30", "3.5", "1,000"), ending in a digit. */
function isNumber(text: string, start: number, end: number): boolean {
  if (end <= start || !isDigit(text.charCodeAt(start)) || !isDigit(text.charCodeAt(end - 1))) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && code !== 58 && code !== 46 && code !== 44) return false;
  }
  return true;
}

/** True for the whitespace that separates tokens in normalised text. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiWordChar(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code);
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiWordChar(code);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(at, at + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return WORD_CHAR.test(text[at]);
}

function isOpening(code: number): boolean {
  return code === 40 || code === 91 || code === 123 || code === 34 || code === 39 || code === 96 || code === 0xbf || code === 0xa1;
}

function isClosing(code: number): boolean {
  return code === 41 || code === 93 || code === 125 || code === 34 || code === 39;
}

function isCurrency(code: number): boolean {
  return code === 36 || code === 0xa3 || code === 0x20ac || code === 0xa5 || code === 35;
}

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2212;
}

// Symbols whose runs ("=====", "***", "$$$", ">>") are one token.
function isRepeatable(code: number): boolean {
  return code === 61 || code === 42 || code === 36 || code === 60 || code === 62 || code === 126 || code === 95 || code === 35 || code === 43;
}

function isTerminal(code: number): boolean {
  return code === 33 || code === 63 || code === 46;
}
