import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Coder } from '../coder.ts';
import { guideStatusLabel, type GuideStatusLabel } from './guide-label.ts';

/** A sentence of our own, the trigger word of one of its events, and that event's label by the AG News guide. */
export interface GuideStatusCase {
  text: string;
  trigger: string;
  label: GuideStatusLabel;
  /** The event's CAMEO code starts with this, when given. */
  code?: string;
}

/** One test per case: the sentence is coded through the whole pipeline and the event at the trigger word must carry the case's label. */
export function describeGuideStatusCases(title: string, coder: Coder, cases: readonly GuideStatusCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.label}: ${c.text}`, () => {
        const events = coder.code(c.text, { published: '2004-11-25' }).events ?? [];
        const event = events.find((e) => e.trigger.text.split(/\s+/).some((word) => word.replace(/\W+$/, '').toLowerCase() === c.trigger.toLowerCase()) && (!c.code || e.cameo.code.startsWith(c.code)));
        assert.ok(event, `no event at "${c.trigger}"${c.code ? ` coded ${c.code}` : ''}; events: ${events.map((e) => `${e.cameo.code} "${e.trigger.text}"`).join(', ') || 'none'}`);
        assert.equal(guideStatusLabel(event), c.label, `evidence ${JSON.stringify(event.status.evidence)}`);
      });
    }
  });
}
