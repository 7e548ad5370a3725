import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations in ./drizzle from src/db/schema.ts. The server applies them itself at
// start-up (src/db/open.ts), on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
