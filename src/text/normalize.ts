import type { Span } from '../core/span.ts';

/**
 * Normalised text with a map back to the original.
 *
 * Layout of `offsets` (length `text.length + 1`): `offsets[i]` is the original offset where the
 * source of normalised char i begins; the last entry is the original length. Every original
 * char belongs to exactly one normalised char or falls in a deleted gap, and gaps are owned by
 * the normalised char before them, so a normalised span [a, b) maps back to the original
 * [offsets[a], offsets[b]), covering the whole of any entity or wire-noise sequence inside it.
 */
export interface NormalizedText {
  text: string;
  offsets: Int32Array;
}

/** Normalises news text for the tokeniser: entities, wire noise, quotes, whitespace, zero-width chars. */
export function normalizeText(text: string): NormalizedText {
  if (!NEEDS_WORK.test(text)) return identity(text);
  const first = decodeCharacters(text);
  if (!first.text.includes('<')) return first;
  return compose(first, removeMarkup(first.text));
}

/**
 * The text as a reader should see it: HTML entities ("&amp;") and the wire noise feeds leave of
 * them (" #39;s", " quot;") decoded, and nothing else changed, not even markup. The dashboard
 * shows each highlighted run of the original text this way: spans never cut through an entity
 * (see `offsets`), so the runs stay where the evidence spans put them.
 */
export function decodeForDisplay(text: string): string {
  if (!text.includes(';')) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let match: RegExpExecArray | null = null;
    let decoded: string | undefined;
    if (code === 38 /* & */) {
      ENTITY.lastIndex = i;
      match = ENTITY.exec(text);
      decoded = match ? decodeEntity(match[1], false) : undefined;
    } else if (code === 32 && (text.charCodeAt(i + 1) === 35 || isLowerAscii(text.charCodeAt(i + 1)))) {
      WIRE_NOISE.lastIndex = i;
      match = WIRE_NOISE.exec(text);
      decoded = match ? decodeEntity(match[1], true) : undefined;
    }
    if (match && decoded !== undefined) {
      out += text.slice(last, i) + decoded;
      last = i + match[0].length;
      i = last - 1;
    }
  }
  return out + text.slice(last);
}

/** The original span that the normalised span [start, end) came from. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): Span {
  return { start: normalized.offsets[start], end: normalized.offsets[end] };
}

// Anything the scanner might change; plain ASCII prose skips the scan entirely.
const NEEDS_WORK = /[&#;<\r\t\v\f\u0000-\u0008\u000e-\u001f\u007f-\u00a0\u00ab\u00ad\u00bb\u1680\u2000-\u206f\u3000\ufeff]/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: "'", rsquo: "'", sbquo: "'", ldquo: '"', rdquo: '"', bdquo: '"', laquo: '"', raquo: '"',
  prime: "'", Prime: '"', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  times: '\u00d7', divide: '\u00f7', minus: '\u2212', plusmn: '\u00b1', frac12: '\u00bd',
  frac14: '\u00bc', frac34: '\u00be', iexcl: '\u00a1', iquest: '\u00bf', shy: '', zwsp: '',
  zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ', szlig: '\u00df',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', auml: 'ä', Auml: 'Ä',
  atilde: 'ã', Atilde: 'Ã', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë',
  iacute: 'í', Iacute: 'Í', igrave: 'ì', Igrave: 'Ì', icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï',
  ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', Oacute: 'Ó', ograve: 'ò', Ograve: 'Ò', ocirc: 'ô', Ocirc: 'Ô',
  ouml: 'ö', Ouml: 'Ö', otilde: 'õ', Otilde: 'Õ', oslash: 'ø', Oslash: 'Ø', uacute: 'ú', Uacute: 'Ú',
  ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü', yacute: 'ý', yuml: 'ÿ',
};

// Entity names that AG-News-style wire copy leaves behind after replacing "&" with a space.
const WIRE_NOISE_NAMES = new Set(['quot', 'amp', 'lt', 'gt', 'apos', 'nbsp', 'mdash', 'ndash', 'hellip', 'rsquo', 'lsquo', 'rdquo', 'ldquo']);

// Windows-1252 code points 0x80-0x9f, which feeds write as numeric entities (" #151;" is an em dash).
const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const WIRE_NOISE = / (#[0-9]{2,5}|[a-z]{2,6});/y;

function identity(text: string): NormalizedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}

/** Decodes one entity body ("#39", "x27", "amp"); undefined when it is not an entity. */
function decodeEntity(body: string, wireNoise: boolean): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    if (code < 32) return wireNoise ? undefined : ' ';
    if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80];
    return String.fromCodePoint(code);
  }
  if (wireNoise && !WIRE_NOISE_NAMES.has(body)) return undefined;
  return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
}

/** The normalised replacement for one char: itself, another string, or '' to delete it. */
function normalizeChar(code: number, char: string): string {
  if (code < 0x80) {
    if (code === 9 || code === 11 || code === 12) return ' ';
    if (code < 32 && code !== 10) return code === 13 ? '\n' : ' ';
    return code === 0x7f ? ' ' : char;
  }
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb: return '"';
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000: return ' ';
    case 0x2028: case 0x2029: case 0x0085: return '\n';
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x00ad: return '';
  }
  if (code >= 0x2000 && code <= 0x200a) return ' ';
  if (code >= 0x80 && code <= 0x9f) return ' ';
  return char;
}

function decodeCharacters(text: string): NormalizedText {
  let out = '';
  const offsets: number[] = [];
  const emit = (piece: string, origin: number) => {
    for (let k = 0; k < piece.length; k++) offsets.push(origin);
    out += piece;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === 38 /* & */) {
      ENTITY.lastIndex = i;
      const match = ENTITY.exec(text);
      const decoded = match ? decodeEntity(match[1], false) : undefined;
      if (match && decoded !== undefined) {
        emit(normalizeDecoded(decoded), i);
        i += match[0].length;
        continue;
      }
    } else if (code === 32 && i + 2 < text.length && (text.charCodeAt(i + 1) === 35 || isLowerAscii(text.charCodeAt(i + 1)))) {
      // " #39;" or " quot;": the feed turned "&" into a space, so the space belongs to the entity.
      WIRE_NOISE.lastIndex = i;
      const match = WIRE_NOISE.exec(text);
      const decoded = match ? decodeEntity(match[1], true) : undefined;
      if (match && decoded !== undefined) {
        emit(normalizeDecoded(decoded), i);
        i += match[0].length;
        continue;
      }
    } else if (code === 13 && text.charCodeAt(i + 1) === 10) {
      emit('\n', i);
      i += 2;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      emit(text.slice(i, i + 2), i);
      i += 2;
      continue;
    }
    const char = text[i];
    emit(normalizeChar(code, char), i);
    i++;
  }
  offsets.push(text.length);
  return { text: out, offsets: Int32Array.from(offsets) };
}

function normalizeDecoded(decoded: string): string {
  if (decoded.length !== 1) return decoded;
  return normalizeChar(decoded.charCodeAt(0), decoded);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

// Markup tags, typically decoded from escaped "&lt;b&gt;" in feed titles and summaries.
// Only HTML element names count, so that "<Kevin Boone>" or "<File>" in plain text survive.
const TAG = /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul)(?:\s[^<>]{0,200})?\s*\/?>/gi;

/** Replaces each markup tag by one space, so tags neither glue words nor end up inside tokens. */
function removeMarkup(text: string): NormalizedText {
  let out = '';
  const offsets: number[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const at = match.index;
    for (let k = last; k < at; k++) offsets.push(k);
    out += text.slice(last, at) + ' ';
    offsets.push(at);
    last = at + match[0].length;
  }
  for (let k = last; k < text.length; k++) offsets.push(k);
  out += text.slice(last);
  offsets.push(text.length);
  return { text: out, offsets: Int32Array.from(offsets) };
}

/** Chains two normalisations: `outer` was computed over `inner.text`. */
function compose(inner: NormalizedText, outer: NormalizedText): NormalizedText {
  const offsets = new Int32Array(outer.offsets.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = inner.offsets[outer.offsets[i]];
  return { text: outer.text, offsets };
}
