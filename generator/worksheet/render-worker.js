// Worker thread entry for pool.ts: the sources are TypeScript, so register tsx in this thread too
// (as generator/bin/dlf.js does for the main one), then render the students it is sent.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker-main.ts');
