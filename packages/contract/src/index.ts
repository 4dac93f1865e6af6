export { z } from './zod.js';
export * from './errors.js';
export * from './common.js';
export * from './auth.js';
export * from './me.js';
export * from './oidc.js';
export * from './people.js';
export * from './roster-import.js';
