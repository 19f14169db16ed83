import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeForDisplay, normalizeText, toOriginalSpan } from './normalize.ts';

/** The original text behind each normalised char, so a test can read the map at a glance. */
function sourceOf(text: string, needle: string): string {
  const normalized = normalizeText(text);
  const at = normalized.text.indexOf(needle);
  assert.notEqual(at, -1, `"${needle}" not in "${normalized.text}"`);
  const span = toOriginalSpan(normalized, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('normalizeText', () => {
  const cases: [string, string, string][] = [
    ['decodes named entities', 'AT&amp;T &lt;b&gt; &quot;x&quot;', 'AT&T   "x"'],
    ['decodes decimal and hexadecimal apostrophes', 'Iran&#39;s and Iraq&#x27;s', "Iran's and Iraq's"],
    ['reads Windows-1252 numeric entities as their characters', 'talks &#151; now', 'talks \u2014 now'],
    ['decodes wire apostrophes, taking the space that stood for "&"', 'yesterday #39;s close', "yesterday's close"],
    ['decodes wire quotes', 'said  quot;help me quot; in Polish', 'said "help me" in Polish'],
    ['decodes wire ampersands', 'Masnet  amp; News Agencies', 'Masnet & News Agencies'],
    ['decodes wire dollar signs', 'up to  #36;50 million', 'up to $50 million'],
    ['leaves ordinary semicolons alone', 'possible fraud; government says', 'possible fraud; government says'],
    ['straightens curly quotes and apostrophes', '\u201cdignity\u201d and Iran\u2019s \u2018deal\u2019', '"dignity" and Iran\'s \'deal\''],
    ['keeps dashes as dashes', 'Tehran \u2014 talks \u2013 now - then', 'Tehran \u2014 talks \u2013 now - then'],
    ['turns odd whitespace into plain spaces', 'a\u00a0b\u2009c\td\u3000e', 'a b c d e'],
    ['removes zero-width characters', 'Teh\u200bran\ufeff \u00adtalks', 'Tehran talks'],
    ['turns CRLF line ends into line feeds', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['replaces escaped markup by a space', 'Gaza &lt;b&gt;...&lt;/b&gt;', 'Gaza  ... '],
    ['keeps angle brackets that are not markup', '<Kevin Boone> << File >>', '<Kevin Boone> << File >>'],
    ['leaves unknown entities as they are', 'a &bogus; b & c', 'a &bogus; b & c'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(normalizeText(input).text, expected));
  }

  it('maps an entity back to its whole original extent', () => {
    assert.equal(sourceOf('AT&amp;T', '&'), '&amp;');
  });

  it('maps a wire apostrophe back to its space, number and semicolon', () => {
    assert.equal(sourceOf('yesterday #39;s close', "'s"), ' #39;s');
  });

  it('maps a word after a removed tag back to the word alone', () => {
    assert.equal(sourceOf('Gaza &lt;b&gt;Strip&lt;/b&gt; now', 'Strip'), 'Strip');
  });

  it('ends the offset map with the original length', () => {
    const text = 'Iran&#39;s \u201ctalks\u201d';
    const normalized = normalizeText(text);
    assert.equal(normalized.offsets.length, normalized.text.length + 1);
    assert.equal(normalized.offsets[normalized.text.length], text.length);
  });

  it('keeps offsets non-decreasing on messy input', () => {
    const normalized = normalizeText(' #39;a&amp;&lt;p&gt;\u200b\r\n quot;b&#x27;');
    for (let i = 1; i < normalized.offsets.length; i++) assert.ok(normalized.offsets[i] >= normalized.offsets[i - 1]);
  });

  it('returns plain text unchanged with the identity map', () => {
    const normalized = normalizeText('Iran said talks would resume.');
    assert.equal(normalized.text, 'Iran said talks would resume.');
    assert.deepEqual([...normalized.offsets.slice(0, 4)], [0, 1, 2, 3]);
  });
});

describe('decodeForDisplay', () => {
  const cases: [string, string, string][] = [
    ['decodes wire noise (the space stands for the "&" the feed dropped)', 'Iran #39;s minister said  quot;no quot;.', 'Iran\'s minister said "no".'],
    ['decodes entities', 'AT&amp;T &lt;b&gt; &#8212; caf&eacute;', 'AT&T <b> \u2014 café'],
    ['keeps markup and plain text as they are', 'a <b>bold</b> word; and more', 'a <b>bold</b> word; and more'],
    ['keeps words that only look like noise', 'the rate is 5 per cent; quota rises', 'the rate is 5 per cent; quota rises'],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.equal(decodeForDisplay(text), expected));
});
