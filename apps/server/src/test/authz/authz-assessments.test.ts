import { assessmentCases } from './route-cases-assessments.js';
import { runMatrix } from './authz-runner.js';

// Generated authorization suite (issue #12), part: assessments. Cases: route-cases-assessments.ts.
runMatrix('authorization: assessments', assessmentCases);
