import { countryOf, isUnknown, sectorOf } from '../core/actor-code.ts';
import type { Document, Mention, Sentence } from '../core/document.ts';
import type { Stage } from '../core/pipeline.ts';
import { resolveCoreference, type Resolved } from './coreference.ts';
import { findCandidates, type Candidate } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import type { PlaceResolver } from './place-homonyms.ts';
import { placePeople } from './appositions.ts';
import { placeUnnamedActors } from './place-of-event.ts';
import { placeHometowns } from './hometowns.ts';

/**
 * Finds and resolves the actor mentions of a parsed document: noun phrases, names and pronouns,
 * each with its code and, for pronouns, descriptions and surnames, a link to the mention it
 * refers to. Office holders resolve on `doc.published`; without a date, any term matches. With
 * `places`, the places stage's resolver, a town whose name several countries share takes its reading.
 */
export function findMentions(doc: Document, gazetteer: Gazetteer, places?: PlaceResolver): Mention[] {
  const sentences = doc.sentences ?? [];
  const candidates: Candidate[] = [];
  for (const [index, sentence] of sentences.entries()) {
    candidates.push(...findCandidates(sentence, index, gazetteer, doc.published));
  }
  markDateline(doc, candidates);
  const resolved = resolveCoreference(candidates).map((r) => toMention(doc, sentences, r));
  return placePeople(doc, placeUnnamedActors(doc, placeHometowns(doc, resolved, places), places));
}

/** The actors stage: `doc.mentions` from the parse, with a gazetteer loaded by the caller (and the places stage's resolver of homonyms, if places are on). */
export function actorsStage(gazetteer: Gazetteer, places?: PlaceResolver): Stage {
  return {
    name: 'actors',
    requires: ['syntax'],
    produces: ['actors'],
    run(doc: Document): Document {
      return { ...doc, mentions: findMentions(doc, gazetteer, places) };
    },
  };
}

/** The place of a dateline ("Tehran —") is the country, not its government acting. */
function markDateline(doc: Document, candidates: Candidate[]): void {
  const place = doc.dateline?.place;
  const sentences = doc.sentences ?? [];
  if (!place) return;
  for (const candidate of candidates) {
    const tokens = sentences[candidate.sentence].tokens;
    if (tokens[candidate.start].start >= place.start && tokens[candidate.end - 1].end <= place.end && candidate.code && candidate.country) {
      candidate.code = candidate.country;
      candidate.rule = 'dateline';
    }
  }
}

function toMention(doc: Document, sentences: readonly Sentence[], resolved: Resolved): Mention {
  const tokens = sentences[resolved.sentence].tokens;
  const start = tokens[resolved.start].start;
  const end = tokens[resolved.end - 1].end;
  const mention: Mention = {
    text: doc.text.slice(start, end),
    start,
    end,
    code: resolved.code,
    country: isUnknown(resolved.code) ? null : countryOf(resolved.code),
    sector: sectorOf(resolved.code) ?? null,
    sentence: resolved.sentence,
    rule: resolved.rule,
  };
  if (resolved.name !== undefined) mention.name = resolved.name;
  if (resolved.title !== undefined) mention.title = resolved.title;
  if (resolved.entity !== undefined) mention.entity = resolved.entity;
  if (resolved.antecedent !== undefined) mention.antecedent = resolved.antecedent;
  return mention;
}
