/**
 * The web app's build: React under web/, built into dist/web where the server serves it.
 * CHOWKI_TILE_URL (and CHOWKI_TILE_ATTRIBUTION), read at build time, put a map tile server into the
 * page's <meta name="chowki-tile-url">; without it the maps draw jurisdictions on a plain background.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Writes the tile settings into index.html, so the built page needs no extra request to learn them. */
function tileMeta(): Plugin {
  return {
    name: 'chowki-tile-meta',
    transformIndexHtml(html) {
      const url = process.env.CHOWKI_TILE_URL ?? '';
      const attribution = process.env.CHOWKI_TILE_ATTRIBUTION ?? '';
      return html
        .replace('content="%CHOWKI_TILE_URL%"', `content="${escapeAttribute(url)}"`)
        .replace('content="%CHOWKI_TILE_ATTRIBUTION%"', `content="${escapeAttribute(attribution)}"`);
    },
  };
}

/**
 * Names each language's strings chunk in the page (`<meta name="chowki-lang-chunks">`) and loads
 * web/public/lang-preload.js, which preloads the one the page will use while the app's script downloads:
 * without it, the strings would be fetched only after that script had run.
 */
function languagePreload(): Plugin {
  return {
    name: 'chowki-language-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const pairs: string[] = [];
        for (const file of Object.values(ctx.bundle ?? {})) {
          const lang = file.type === 'chunk' ? /\/web\/src\/i18n\/(en|hi|mr)\.ts$/.exec(file.facadeModuleId ?? '')?.[1] : undefined;
          if (lang) pairs.push(`${lang}=/${file.fileName}`);
        }
        if (pairs.length === 0) return [];
        return [
          { tag: 'meta', attrs: { name: 'chowki-lang-chunks', content: pairs.sort().join(' ') }, injectTo: 'head' },
          { tag: 'script', attrs: { src: '/lang-preload.js', async: true }, injectTo: 'head' },
        ];
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), tileMeta(), languagePreload()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Maps are written for debugging a build, but the bundles do not point at them and the server never
    // serves .map files (src/http/web-app.ts): production does not hand out the app's sources.
    sourcemap: 'hidden',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
      '/webhooks': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
});
