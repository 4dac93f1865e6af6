// The schemas of the session's answers, in their own module so the shell can load them (and zod)
// after the first paint instead of before it (issue 15 item 5).
export { meResponseSchema, okResponseSchema, periodListResponseSchema } from '@kinerja/contract';
