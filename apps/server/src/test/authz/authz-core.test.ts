import { coreCases } from './route-cases-core.js';
import { runMatrix } from './authz-runner.js';

// Generated authorization suite (issue #12), part: core. Cases: route-cases-core.ts.
runMatrix('authorization: core', coreCases);
