/**
 * Response headers that keep the browser on Chowki's side: a Content-Security-Policy without inline
 * script or style (the built web app has neither: index.html loads one module and one stylesheet,
 * React and Leaflet set styles through the DOM, which CSP does not restrict), no Referer (tracking
 * links carry their token in the query), no framing, no MIME sniffing.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** The origin of a tile URL template (`https://{s}.tile.example.org/{z}/{x}/{y}.png`) as a CSP source. */
export function tileSource(template: string): string | null {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!m?.[1] || !m[2]) return null;
  // A subdomain placeholder ({s}, {switch:a,b}) becomes CSP's wildcard.
  const host = m[2].replace(/\{[^}]*\}/g, '*');
  if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return null;
  return `${m[1].toLowerCase()}://${host.toLowerCase()}`;
}

/** The tile server the web app was built with (its <meta name="chowki-tile-url">), as a CSP source. */
export function tileSourceOfIndex(indexHtml: string): string | null {
  const m = /<meta\s+name="chowki-tile-url"\s+content="([^"]*)"/i.exec(indexHtml);
  return m?.[1] ? tileSource(m[1].replace(/&amp;/g, '&')) : null;
}

/** Helmet's settings for the whole app. */
export function securityHeaders(opts: { secure: boolean; tileSource: string | null }): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // data: for the favicon in index.html and Leaflet's marker images; the tile server when built with one.
        imgSrc: ["'self'", 'data:', ...(opts.tileSource ? [opts.tileSource] : [])],
        // Citizens' voice notes and videos, served by Chowki itself to the ticket's officers (issue 12).
        mediaSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only behind HTTPS: on a laptop's http://localhost it would send the app's own requests to https.
        ...(opts.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // HSTS only where Chowki is served over HTTPS; not for sibling subdomains Chowki does not own.
    strictTransportSecurity: opts.secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    // Leaflet loads tiles from another origin when configured; Chowki embeds nothing that needs isolation.
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * The API documentation's own policy (swagger-ui): its page is scripts and stylesheets from itself,
 * but swagger-ui writes style attributes into the markup it renders, so styles may be inline here,
 * on /api/docs only. Scripts stay 'self'.
 */
export const DOCS_CSP =
  "default-src 'self'; base-uri 'none'; connect-src 'self'; font-src 'self' data:; form-action 'self'; " +
  "frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; " +
  "style-src 'self' 'unsafe-inline'";
