import { z } from 'zod';

// Validation messages default to Bahasa Indonesia, the product's language (architecture.md §6).
z.config(z.locales.id());

export { z };
