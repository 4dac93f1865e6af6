import { z } from 'zod';

// Validation messages default to Bahasa Indonesia, the product's language (architecture.md §6).
z.config(z.locales.id());

// In the browser the app's Content-Security-Policy forbids eval (script-src 'self'): zod's compiled
// parsers would probe `new Function` and be reported as a CSP violation. Set before any schema is
// built, since each schema reads this when it is created. The server keeps the faster compiled parsers.
if ('document' in globalThis) z.config({ jitless: true });

export { z };
