/** The classes of calendar.tsv. */
export const CALENDAR_CLASSES = ['weekday', 'month', 'deictic', 'day-part', 'unit', 'season', 'relative'] as const;

/** A class of calendar word ("weekday", "month"...). */
export type CalendarClass = (typeof CALENDAR_CLASSES)[number];

/** How a word of setting-words.tsv says where a speaker is: a verb, an occasion, an audience. */
export const SETTING_KINDS = ['verb', 'occasion', 'audience'] as const;
/** One of SETTING_KINDS. */
export type SettingKind = (typeof SETTING_KINDS)[number];

/** How a noun of pair-nouns.tsv stands for the two actors it names again. */
export interface PairNoun {
  /** "country": each actor's country ("the two countries"); "actor": the actor as named, or its country's of the noun's sector. */
  takes: 'country' | 'actor';
  /** "the X" alone, without "two" or "both", names the pair ("the neighbours"). */
  alone: boolean;
}

/** What a personal pronoun can refer to. */
export interface PronounReference {
  human: boolean;
  plural: boolean;
}

/**
 * Parley's closed English word lists, read once from data/lexicon/en (data/lexicon/README.md).
 * Lists of lower-case words hold lower-case entries; the case-sensitive ones say so.
 */
export interface Lexicon {
  calendar: {
    /** Every calendar word with its class (calendar.tsv). */
    words: ReadonlyMap<string, CalendarClass>;
    /** Month names in calendar order. */
    months: readonly string[];
    /** Names of weekdays and months: capitalised words beside a name that are not part of it. */
    dayAndMonthNames: ReadonlySet<string>;
    /** Words for a day (deictic days and weekdays) that close a noun phrase ("Arafat Wednesday"). */
    dayWords: ReadonlySet<string>;
    /** Lemmas that name a time (weekdays, months, deictic days, day parts, units). */
    timeNouns: ReadonlySet<string>;
    /** Matches a text that contains a digit or any calendar word, case-insensitively. */
    timeWordPattern: RegExp;
  };
  /** Words before a weekday or period that make it relative ("last Friday"); date-modifiers.txt. */
  dateModifiers: readonly string[];
  /** Matches a text that contains one of the date modifiers as a word, case-insensitively. */
  dateModifierPattern: RegExp;
  pronouns: {
    /** Pronouns the actors stage resolves, with what they can refer to (actor = yes). */
    actor: ReadonlyMap<string, PronounReference>;
    /** Pronouns whose unresolved subject events look for in the reporting clause (subject = yes). */
    subject: ReadonlySet<string>;
  };
  relativePronouns: ReadonlySet<string>;
  controlVerbs: {
    /** "VERB someone to do": the object controls the infinitive (control = object). */
    object: ReadonlySet<string>;
    /** "promised Iran to": the subject controls the infinitive (control = subject). */
    subject: ReadonlySet<string>;
  };
  lightNouns: ReadonlySet<string>;
  quantityNouns: ReadonlySet<string>;
  decisionVerbs: ReadonlySet<string>;
  /** Intent words of wish or preparation, which frame only acts the lexicon codes ("hoped to interview" codes nothing). */
  wishWords: ReadonlySet<string>;
  /** Agent nouns of acts done to someone, whose possessor is the victim ("their kidnappers"). */
  captorNouns: ReadonlySet<string>;
  /** Nouns of people held by someone else ("a French hostage"), whose nationality does not place them; captive-nouns.txt. */
  captiveNouns: ReadonlySet<string>;
  /** Agent nouns that, bare and singular, are a predicate and no actor ("held hostage"); predicate-nouns.txt. */
  predicateNouns: ReadonlySet<string>;
  /** Modals and adjectives that put a meeting noun ahead ("talks could resume", "a planned summit"); prospect-words.txt. */
  prospectWords: ReadonlySet<string>;
  readinessParticiples: ReadonlySet<string>;
  /** Adjectives of readiness or will whose subject is always someone, so "it" before them is no empty subject ("says it is ready to talk"); readiness-adjectives.txt. */
  readinessAdjectives: ReadonlySet<string>;
  /** Nouns of an effort whose infinitive its maker works for ("stepped up efforts to free"); effort-nouns.txt. */
  effortNouns: ReadonlySet<string>;
  /** Verbs whose infinitive after a noun takes a clause of its own ("steps to ensure miners may return"); securing-verbs.txt. */
  securingVerbs: ReadonlySet<string>;
  /** Verbs of getting ready by deeds, whose active form prepares force rather than threatens it ("are preparing to storm"); preparation-verbs.txt. */
  preparationVerbs: ReadonlySet<string>;
  stateVerbs: ReadonlySet<string>;
  /** Verbs whose subject takes part in the event their phrase names: "verb preposition" or "verb object preposition" ("engage in", "take part in"); participation-verbs.txt. */
  participationVerbs: ReadonlySet<string>;
  /** Verbs whose subject suffers the event its object or phrase names ("died in an attack", "survived a bombing"); victim-verbs.txt. */
  victimVerbs: ReadonlySet<string>;
  /** Verbs of force whose "with" phrase is the means they act by ("drove back the rebels with air strikes"); instrument-verbs.txt. */
  instrumentVerbs: ReadonlySet<string>;
  /** Verbs of putting down the event their object names ("quell an uprising", "break up a protest"): a lemma, or "lemma particle"; suppression-verbs.txt. */
  suppressionVerbs: ReadonlySet<string>;
  /** Words of accusing or punishing someone for an act, whose accused did the act ("charged with the murder of"); accusation-words.txt. */
  accusationWords: ReadonlySet<string>;
  /** Verbs of crediting, faulting or punishing someone for an act, whose object did the act of their "for" phrase ("praised Peru for sending troops"); credit-verbs.txt. */
  creditVerbs: ReadonlySet<string>;
  /** Nouns of an act an active verb's act is done as, in an "in" phrase ("recalled its envoy in protest"); response-nouns.txt. */
  responseNouns: ReadonlySet<string>;
  /** Words of plotting, whose act inside a charge is what the charge alleges ("accused of plotting to kill"); plot-words.txt. */
  plotWords: ReadonlySet<string>;
  /** Intent words that commit to nothing by themselves ("want", "decide"): with no coded act and no counterpart, no event; idle-intent-words.txt. */
  idleIntentWords: ReadonlySet<string>;
  /** Nouns of crowds and their people, whose clash with police or troops is a violent protest ("supporters clashed with police"); crowd-nouns.txt. */
  crowdNouns: ReadonlySet<string>;
  /** Nouns of the people a party leads or speaks for, whom it calls on to stop fighting ("his fighters", "its supporters"); own-side-nouns.txt. */
  ownSideNouns: ReadonlySet<string>;
  /** Objects with which a verb of attack is a figure of speech or a fight against a thing ("hit the trail", "fight the ban"); figurative-blow-objects.txt. */
  figurativeBlowObjects: ReadonlySet<string>;
  /** Words of a move onward that make "push" or "press" a move, not pressure on someone ("pushing deeper into the city"); advance-words.txt. */
  advanceWords: ReadonlySet<string>;
  /** Premises of a state abroad that, named before a noun of violence, are what it hit ("the embassy bombing"); premises-nouns.txt. */
  premisesNouns: ReadonlySet<string>;
  /** Buildings and sites where people are posted, whose "at" phrase names no body they belong to ("police at the embassy"); post-nouns.txt. */
  postNouns: ReadonlySet<string>;
  /** Weapons, craft and units that an event noun before them only classifies ("attack helicopters", "assault rifles"); equipment-nouns.txt. */
  equipmentNouns: ReadonlySet<string>;
  /** Verbs of harm an event threatens to do ("threatening to derail talks"); risk-verbs.txt. */
  riskVerbs: ReadonlySet<string>;
  /** Verbs of warning, a threat only when they warn someone or announce the speaker's own act; warning-verbs.txt. */
  warningVerbs: ReadonlySet<string>;
  /** Nouns of an act a warning announces from its speaker ("warned of a tough response"): warned-acts.txt. */
  warnedActs: ReadonlySet<string>;
  /** Verbs saying that their subject, an event noun, happens or goes on ("clashes went on in Kandahar"); occurrence-verbs.txt. */
  occurrenceVerbs: ReadonlySet<string>;
  /** Event nouns the tagger reads as adjectives ("launched an offensive against"); adjective-nouns.txt. */
  adjectiveNouns: ReadonlySet<string>;
  /** Verbs of reacting to the event their object names, whose subject is not its doer ("condemned the attack"); reaction-verbs.txt. */
  reactionVerbs: ReadonlySet<string>;
  /** Verbs of causing, drawing or meeting a reaction, whose subject is the reaction's target, not its doer ("drew criticism from Washington"); drawing-verbs.txt. */
  drawingVerbs: ReadonlySet<string>;
  /** Verbs of handing a party over to a body for action ("refer Iran to the Security Council for sanctions"): a lemma, or "lemma object" ("take case"); referral-verbs.txt. */
  referralVerbs: ReadonlySet<string>;
  /** Nouns that count or group the events in their "of" phrase ("a round of talks"). */
  seriesNouns: ReadonlySet<string>;
  /** Words both prepositions and subordinators ("after", "until"): before a clause the parser may take them for a noun's case (subordinate-clause.ts). */
  clausePrepositions: ReadonlySet<string>;
  /** Words that open a clause after a noun's past-form modifier ("as", "when", "who"); relative-participle-ends.txt, used by reduced-relative-tags.ts. */
  relativeParticipleEnds: ReadonlySet<string>;
  /** Accidents and natural disasters, whose casualties are no political event; mishap-words.txt. */
  mishapWords: ReadonlySet<string>;
  /** Words that make a blast or an explosion an accident ("a coal mine explosion", "an accidental blast"); blast-mishap-words.txt. */
  blastMishapWords: ReadonlySet<string>;
  /** Nouns of an attempt whose infinitive is what was tried ("a failed bid to kill"); attempt-nouns.txt. */
  attemptNouns: ReadonlySet<string>;
  /** Adjectives that tell such an attempt failed, so it was made; failed-attempt-words.txt. */
  failedAttemptWords: ReadonlySet<string>;
  /** Past tenses and participles of irregular verbs → lemma ("froze" → "freeze"); irregular-verbs.tsv. */
  irregularVerbs: ReadonlyMap<string, string>;
  /** Markets, prices and currencies, which as a verb's subject act for no one ("stocks rallied"); market-words.txt. */
  marketWords: ReadonlySet<string>;
  /** Games, matches and titles, which make a blow a sporting result ("beat Brazil in the final"); contest-words.txt. */
  contestWords: ReadonlySet<string>;
  /** Verbs of a win or a loss that a contest word makes a sporting result ("beat", "defeated"), unlike killing or bombing; result-verbs.txt. */
  resultVerbs: ReadonlySet<string>;
  /** Present-tense verbs a headline uses that the tagger reads as nouns ("kills", "sign"); headline-verbs.txt. */
  headlineVerbs: ReadonlySet<string>;
  /** Past tenses spelt like a base form and a noun ("police beat protesters"), which the tagger reads as a noun; unchanged-pasts.txt. */
  unchangedPasts: ReadonlySet<string>;
  /** Forms of verbs that report a clause with no "that" ("said militants set off a bomb"); reporting-verbs.txt. */
  reportingVerbs: ReadonlySet<string>;
  /** Verbs that take a gerund complement ("considering lifting sanctions"), lemmas; gerund-verbs.txt. */
  gerundVerbs: ReadonlySet<string>;
  /** Verb + particle pairs whose particle a parser takes for a preposition ("hand over"); phrasal-verbs.txt. */
  phrasalVerbs: ReadonlySet<string>;
  /** Words that make an attack noun an illness ("a heart attack"), lemmas. */
  ailmentWords: ReadonlySet<string>;
  /** Past participles that after a noun modify the noun after them ("Iran backed militias"), no clause's verb; modifier-participles.txt. */
  modifierParticiples: ReadonlySet<string>;
  /** Participles after a hyphenated name that make it a backer, not the owner, of the noun after them ("Iraq's US-backed leader"); backer-participles.txt. */
  backerParticiples: ReadonlySet<string>;
  /** Agent words that right before a plain noun are adjectives ("an official visit"); adjective-agents.txt. */
  adjectiveAgents: ReadonlySet<string>;
  /** Verbs whose subject, with no object, is what they act on ("a bomb exploded"); unaccusative-verbs.txt. */
  unaccusativeVerbs: ReadonlySet<string>;
  /** Verbs of a trip whose present -s form a news tagger misreads as a noun (travel-verbs.txt). */
  travelVerbs: ReadonlySet<string>;
  /** Verbs of a trip, whose destination hosts what the trip is for ("arrived in Beijing for talks": its target and its place); trip-verbs.txt. */
  tripVerbs: ReadonlySet<string>;
  /** Lemmas of a visit told as an intent ("will visit Seoul"); visit-words.txt. */
  visitWords: ReadonlySet<string>;
  /** Verbs that link their subject to a predicate noun ("became the first leader to visit"); linking-verbs.txt. */
  linkingVerbs: ReadonlySet<string>;
  /** Verbs of what is done to people, whose participle after an opening noun phrase is a headline's passive ("journalists detained"); passive-verbs.txt. */
  passiveVerbs: ReadonlySet<string>;
  /** Verbs whose participle clause counts the casualties of the main event ("..., killing 14"). */
  casualtyVerbs: ReadonlySet<string>;
  temporalPrepositions: ReadonlySet<string>;
  /** Words right before a month name that make it a date, not a person ("in May", "early May"); month-openers.txt. */
  monthOpeners: ReadonlySet<string>;
  /** Condition markers as word sequences, in file order. */
  conditionPhrases: readonly (readonly string[])[];
  inversionAuxiliaries: ReadonlySet<string>;
  countryNouns: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  countryPrepositions: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  /** Nouns of a state of affairs in a place ("the war in X"), whose place is not an event's; situation-nouns.txt. */
  situationNouns: ReadonlySet<string>;
  /** Nouns of a country's ground, water or air, naming it after a demonym ("in Somali waters"); territory-nouns.txt. */
  territoryNouns: ReadonlySet<string>;
  /** Nouns of a town or a part of a country that a demonym before them places in it ("in an Iraqi town"); settlement-nouns.txt. */
  settlementNouns: ReadonlySet<string>;
  /** Compass words that make a country's part a region ("southern Chile"); compass-words.txt. */
  compassWords: ReadonlySet<string>;
  /** Compass nouns for a part of a country the text does not name ("in the north"); compass-nouns.txt. */
  compassNouns: ReadonlySet<string>;
  /** Second halves of a hyphened word after a place name that say whose or from where someone is, not where an event happened ("Cairo-based", "US-led"; place-affiliation-words.txt). */
  placeAffiliationWords: ReadonlySet<string>;
  /** Verbs of where a person lives, works or comes from ("who preached in X", "who crossed from X"); residence-verbs.txt. */
  residenceVerbs: ReadonlySet<string>;
  /** Nouns for a part of a country the text does not name, with a word before them ("the border region"); region-nouns.txt. */
  regionNouns: ReadonlySet<string>;
  /** Regions divided between states, whose part a country's word before them picks out ("Pakistani Kashmir"); names lower-cased; divided-regions.txt. */
  dividedRegions: ReadonlySet<string>;
  /** Lemmas that say where a speaker is ("speaking in X", "at a rally in X", "told reporters in X"), by kind; setting-words.tsv. */
  settingWords: Record<SettingKind, ReadonlySet<string>>;
  collectiveAgents: ReadonlySet<string>;
  /** Plural nouns that after "the two" or "both" name again the two actors just named; pair-nouns.tsv. */
  pairNouns: ReadonlyMap<string, PairNoun>;
  /** Nouns of someone who speaks or acts for the actor of the phrase after them, with the prepositions that introduce it ("a spokesman for X"); proxy-nouns.tsv. */
  proxyNouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns of a text someone issues, whose participle takes the issuer as its subject ("issued a statement condemning"); document-nouns.txt. */
  documentNouns: ReadonlySet<string>;
  /** Verbs by which someone issues a document noun as its author ("passed a resolution"), not a reaction to it ("rejected a resolution"); issuing-verbs.txt. */
  issuingVerbs: ReadonlySet<string>;
  /** Document nouns only an authority of the place issues, whose place of issue names their author ("a decree issued in Ashgabat"); edict-nouns.txt. */
  edictNouns: ReadonlySet<string>;
  /** Singular nouns that after "the" name again the organisation or group just named ("the group"); group-nouns.txt. */
  groupNouns: ReadonlySet<string>;
  /** Words that keep an unnamed agent from taking the sentence's country ("foreign diplomats"); unplaced-modifiers.txt. */
  unplacedModifiers: ReadonlySet<string>;
  peopleOpeners: ReadonlySet<string>;
  usStateWords: ReadonlySet<string>;
  /** Frequent English function words, to tell an English text from others (never for coding). */
  functionWords: ReadonlySet<string>;
  /** Frequent function words of other languages in Latin letters that are not English words. */
  foreignFunctionWords: ReadonlySet<string>;
  /** Case-sensitive. */
  sentenceStarters: ReadonlySet<string>;
  /** Case-sensitive, in file order. */
  newsAgencies: readonly string[];
  abbreviations: {
    /** Every abbreviation that keeps its period, case-sensitive, without the period. */
    all: ReadonlySet<string>;
    /** The subset that precedes a name (title = yes). */
    titles: ReadonlySet<string>;
  };
  hyphenPrefixes: ReadonlySet<string>;
  /** Case-sensitive. */
  numberSuffixes: ReadonlySet<string>;
  /** Words that count, spelled out ("two", "hundreds"), lower case; number-words.txt. */
  numberWords: ReadonlySet<string>;
  /** Words split without an apostrophe, with the length of their first part. */
  splitWords: ReadonlyMap<string, number>;
  /** In file order. */
  clitics: readonly string[];
}
