// The sign-in page's schemas in their own module: loaded (with zod) when they are first needed,
// not before the page shows (issue 15 item 5).
export {
  loginRequestSchema,
  loginResponseSchema,
  oidcConfigResponseSchema,
  okResponseSchema,
} from '@kinerja/contract';
