import { expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { ROLES } from './authz-world.js';
import { pairsOf, routeCollector } from './authz-runner.js';
import { assessmentCases } from './route-cases-assessments.js';
import { coreCases } from './route-cases-core.js';
import { executionCases } from './route-cases-execution.js';
import { planCases } from './route-cases-plans.js';

// The generated authorization suite covers the whole route table (issue #12): a route of the app
// without a case in route-cases-*.ts fails here, by name.

const { table, onRoute } = routeCollector();
const t = useTestApp({ onRoute });
const cases = [...coreCases, ...planCases, ...executionCases, ...assessmentCases];

it('every route of the app has a case in the authorization matrix', () => {
  t();
  const covered = new Set(cases.map((c) => c.route));
  const missing = [...table.keys()].filter((route) => !covered.has(route));
  expect(missing, 'routes without a case in apps/server/src/test/authz/route-cases-*.ts').toEqual(
    [],
  );
  const stale = [...covered].filter((route) => !table.has(route));
  expect(stale, 'cases for routes the app no longer has').toEqual([]);
  const requests = cases.reduce((n, c) => n + pairsOf(c).length, 0);
  // The size of the matrix, for the record (issue #12 closing note).
  console.info(
    `authorization matrix: ${table.size} routes × ${ROLES.length} roles (incl. signed out) × own and foreign subjects = ${requests} requests in ${cases.length} cases`,
  );
});
