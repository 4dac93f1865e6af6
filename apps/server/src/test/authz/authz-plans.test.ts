import { planCases } from './route-cases-plans.js';
import { runMatrix } from './authz-runner.js';

// Generated authorization suite (issue #12), part: plans. Cases: route-cases-plans.ts.
runMatrix('authorization: plans', planCases);
