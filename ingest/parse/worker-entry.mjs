// Worker threads start without the main thread's TypeScript loader: register tsx here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
