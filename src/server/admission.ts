import { ParleyError } from '../core/errors.ts';

/** Limits of `createAdmission`. */
export interface AdmissionOptions {
  /** Coding workers that serve the admitted requests side by side. */
  workers: number;
  /** The longest a new request may be expected to wait before its coding starts (ms). */
  maxWaitMs: number;
  /** The most coding requests admitted at once, however short. */
  maxActive: number;
  /** The most characters of text admitted at once, all requests together (their texts and what is coded of them are held until answered). */
  maxCharacters?: number;
  /** The piece size requests are coded in (characters): a long request holds one worker at a time. */
  chunkCharacters: number;
  /** The coding speed assumed until one is measured (characters per millisecond, one worker). */
  initialCharactersPerMs?: number;
}

/** An admitted request: report the characters coded as they are done, and release it when finished. */
export interface AdmissionTicket {
  progress(charactersDone: number): void;
  release(): void;
}

/** The server's bounded queue of coding requests. */
export interface Admission {
  /** Admits a request to code `characters`, or throws BUSY (503, with the seconds to wait) when the queue is full. */
  admit(characters: number): AdmissionTicket;
  /** Throws BUSY when the queue is full whatever the text, so that a request can be refused before its body is read. */
  check(): void;
  /** Tells the admission how long a worker took to code so many characters. */
  record(characters: number, milliseconds: number): void;
  /** Requests admitted and not finished. */
  active(): number;
}

/**
 * Bounds the work the server takes on: a request is admitted when fewer than `maxActive` are, when
 * the characters in hand stay within `maxCharacters`, and when the wait it can expect stays within
 * `maxWaitMs`; past that it is refused at once with BUSY, which the server answers with 503 and
 * Retry-After, rather than queued without limit. Requests are coded in pieces, one piece of each
 * admitted request at a time, so the wait ahead of a new request is the next piece of every
 * admitted one, shared among the workers, at the speed the workers were last measured at.
 */
export function createAdmission(options: AdmissionOptions): Admission {
  // what is left to code of each admitted request
  const remaining = new Map<object, number>();
  const maxCharacters = options.maxCharacters ?? Infinity;
  let charactersPerMs = options.initialCharactersPerMs ?? 20;
  let measured = false;
  let charactersInHand = 0;

  const expectedWaitMs = () => {
    let ahead = 0;
    for (const left of remaining.values()) ahead += Math.min(left, options.chunkCharacters);
    return ahead / (charactersPerMs * Math.max(1, options.workers));
  };

  /** Throws BUSY when a request of `characters` cannot be taken now. */
  const refuseIfFull = (characters: number) => {
    // with nothing admitted, any request is taken, however long: it can only wait for itself
    if (remaining.size === 0) return;
    const wait = expectedWaitMs();
    const full = remaining.size >= options.maxActive || wait > options.maxWaitMs;
    const tooMuchText = charactersInHand + characters > maxCharacters;
    if (!full && !tooMuchText) return;
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    const what = full ? `about ${seconds} s of work ahead` : `${charactersInHand} characters of text in hand, at most ${maxCharacters} at once`;
    throw new ParleyError('BUSY', `the server is coding as much as it can (${remaining.size} request(s) in hand, ${what}): try again in ${seconds} s`, [], {
      retryAfterSeconds: seconds,
    });
  };

  return {
    admit(characters) {
      refuseIfFull(characters);
      const key = {};
      remaining.set(key, characters);
      charactersInHand += characters;
      return {
        progress(charactersDone) {
          if (remaining.has(key)) remaining.set(key, Math.max(0, characters - charactersDone));
        },
        release() {
          if (remaining.delete(key)) charactersInHand -= characters;
        },
      };
    },
    check: () => refuseIfFull(0),
    record(characters, milliseconds) {
      if (milliseconds <= 0 || characters <= 0) return;
      // a moving average, so that a slower machine or a busier moment shows within a few requests
      charactersPerMs = measured ? 0.8 * charactersPerMs + 0.2 * (characters / milliseconds) : characters / milliseconds;
      measured = true;
    },
    active: () => remaining.size,
  };
}
