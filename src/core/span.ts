/** A half-open range of UTF-16 offsets into a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** The part of `text` that `span` covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies entirely within `outer`. */
export function containsSpan(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two spans share at least one character. */
export function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A span that backs a derived fact, with the id of the rule (pattern, lexicon entry) that produced it. */
export interface Evidence extends Span {
  rule: string;
}
