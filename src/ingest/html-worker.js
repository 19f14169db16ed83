// Entry of the HTML extraction worker thread: registers the tsx loader (as coding-worker.js does)
// before importing the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./html-worker.ts');
