import { createGazetteer, loadUserDictionary, mergeGazetteerData, readGazetteerData, type Gazetteer } from './actors/gazetteer/index.ts';
import { actorsStage } from './actors/stage.ts';
import { eventPlaceStage } from './actors/event-place.ts';
import { createDocument, type Document } from './core/document.ts';
import { ParleyError } from './core/errors.ts';
import { createPipeline, type Pipeline, type Stage } from './core/pipeline.ts';
import { loadLemmatizer, type Lemmatizer } from './syntax/lemmatize.ts';
import { loadSyntaxModel, type SyntaxModel } from './syntax/model-file.ts';
import { loadObjectControlVerbs } from './syntax/control.ts';
import { syntaxStage } from './syntax/stage.ts';
import { readNameWords } from './syntax/name-words.ts';
import { textStage } from './text/stage.ts';
import { loadStatusCues } from './events/cues.ts';
import { datelineDate } from './events/dates.ts';
import { loadOntology } from './events/ontology.ts';
import { loadPatternLexicon } from './events/patterns.ts';
import { eventsStage, type EventResources } from './events/stage.ts';
import { sharedPlaceLookup, type PlaceLookup } from './geo/shared-lookup.ts';
import { placeResolver, placesStage } from './geo/stage.ts';

/** The largest text one call codes (characters); larger inputs should be split into documents. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Options for `createCoder`: preloaded models and gazetteer, and the user's own dictionaries. */
export interface CoderOptions {
  syntaxModel?: SyntaxModel;
  lemmatizer?: Lemmatizer;
  /** A built gazetteer to use instead of the shipped one (user dictionaries still go on top). */
  gazetteer?: Gazetteer;
  /** Loaded event resources (pattern lexicon, ontology, status cues) to use instead of the shipped ones. */
  events?: EventResources;
  /** Paths of user dictionaries (JSON, see data/actors/README.md); later ones win over earlier ones. */
  dictionaries?: readonly string[];
  /** A built place lookup to use, or false to code without the places stage (no event locations). */
  places?: PlaceLookup | false;
}

/** Options for one call to `code`. */
export interface CodeOptions {
  id?: string;
  /** Publication date, YYYY-MM-DD; when absent, a dated dateline's date ("MOSCOW Sept. 17, 2004 - ...") is the document's. */
  published?: string;
}

/** Codes texts through the whole pipeline. */
export interface Coder {
  pipeline: Pipeline;
  code(text: string, options?: CodeOptions): Document;
}

/** Loads the shipped models (once) and returns a coder that runs the full pipeline. */
export function createCoder(options: CoderOptions = {}): Coder {
  const gazetteer = buildGazetteer(options);
  const events = options.events ?? loadEventResources();
  const lookup = options.places === false ? undefined : options.places ?? sharedPlaceLookup(gazetteer.data);
  // one reading of a homonym ("Tripoli") for both stages: the actors stage asks the places stage's resolver
  const stages = [...syntaxStages(options), actorsStage(gazetteer, lookup && placeResolver(lookup)), eventsStage(events)];
  // actors the actors stage left of no country take the country where their event happens
  if (lookup) stages.push(placesStage(lookup), eventPlaceStage());
  return coderOf(createPipeline(stages));
}

/** A coder that stops after the parse (text and syntax stages): what `parley parse` needs, without the lexicons. */
export function createParser(options: Pick<CoderOptions, 'syntaxModel' | 'lemmatizer'> = {}): Coder {
  return coderOf(createPipeline(syntaxStages(options)));
}

function syntaxStages(options: Pick<CoderOptions, 'syntaxModel' | 'lemmatizer'>): Stage[] {
  const syntaxModel = options.syntaxModel ?? loadSyntaxModel();
  const lemmatizer = options.lemmatizer ?? loadLemmatizer();
  // The tag repairs of news names read the tagger's known words and the gazetteer's name words.
  const names = { known: syntaxModel.tagger.ambiguity, names: syntaxModel.tagger.names ?? readNameWords(), baseVerbs: syntaxModel.tagger.baseVerbs };
  return [textStage(), syntaxStage(syntaxModel, lemmatizer, loadObjectControlVerbs(), names)];
}

/** Checks the input and runs the pipeline on it. */
function coderOf(pipeline: Pipeline): Coder {
  return {
    pipeline,
    code(text, codeOptions = {}) {
      if (typeof text !== 'string') throw new ParleyError('INPUT_INVALID', `expected the text to code as a string, got ${typeof text}`);
      if (text.length > MAX_TEXT_LENGTH) {
        throw new ParleyError(
          'INPUT_TOO_LARGE',
          `the text is ${text.length} characters long; the limit for one document is ${MAX_TEXT_LENGTH}: split it into documents`,
        );
      }
      if (codeOptions.published !== undefined && !isIsoDate(codeOptions.published)) {
        throw new ParleyError('INPUT_INVALID', `published date "${codeOptions.published}" is not a date of the form YYYY-MM-DD`);
      }
      // A lone surrogate (half of a UTF-16 pair) cannot be stored as UTF-8: SQLite would give it
      // back as three characters and shift every later span. U+FFFD takes its place, one for one.
      const clean = text.replace(LONE_SURROGATE, '\ufffd');
      return pipeline.run(createDocument(clean, { ...codeOptions, published: codeOptions.published ?? datelineDate(clean) }));
    },
  };
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The shipped pattern lexicon, CAMEO/PLOVER ontology and status cues. */
export function loadEventResources(): EventResources {
  const ontology = loadOntology();
  return { ontology, lexicon: loadPatternLexicon(ontology), cues: loadStatusCues() };
}

/** The shipped gazetteer (or the given one) with the user dictionaries layered on top. */
function buildGazetteer(options: CoderOptions): Gazetteer {
  const dictionaries = options.dictionaries ?? [];
  if (options.gazetteer && dictionaries.length === 0) return options.gazetteer;
  const base = options.gazetteer?.data ?? readGazetteerData();
  const layers = dictionaries.map((file, i) => loadUserDictionary(file, i + 1));
  return createGazetteer(mergeGazetteerData(base, ...layers));
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
