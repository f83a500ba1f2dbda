/** Builds the web app once before the browser suites, so they test what `npm start` serves. */
import { build } from 'vite';

export default async function buildWebApp(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would give React's development build: build what production serves.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn', build: { sourcemap: false } });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
