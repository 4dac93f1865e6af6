import { executionCases } from './route-cases-execution.js';
import { runMatrix } from './authz-runner.js';

// Generated authorization suite (issue #12), part: execution. Cases: route-cases-execution.ts.
runMatrix('authorization: execution', executionCases);
