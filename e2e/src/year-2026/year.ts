import type { Plan } from '@kinerja/contract';
import type { App, Who } from './steps.js';

/** What the stages of the 2026 year share: the one server of the file and the plans made so far. */
export type Year = { app: App; plans: Partial<Record<Who, Plan>> };
