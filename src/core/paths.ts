import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared material (treebanks, evaluation sets) beside the repository: `../shared`. */
// Resolved through symbolic links: the shared scorers run their CLI only when started by their real path.
const sharedLink = join(REPOSITORY_ROOT, '../shared');
export const SHARED_ROOT = existsSync(sharedLink) ? realpathSync(sharedLink) : sharedLink;

/** Where the Universal Dependencies treebanks are, unless a script is told otherwise. */
export const DEFAULT_UD_ROOT = join(SHARED_ROOT, 'ud');
