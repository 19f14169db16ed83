// Entry of a coding worker thread: Parley ships TypeScript sources, so the worker registers the
// tsx loader (as bin/parley.js does) before importing the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./coding-worker.ts');
