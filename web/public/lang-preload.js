/*
 * Starts fetching the strings of the page's language while the app's own script is still downloading,
 * instead of after it has run (each language is its own chunk: web/src/i18n/i18n.tsx). The language is
 * chosen as initialLanguage() there chooses it: the one chosen before, else the browser's when it is one
 * of the app's, else English. The chunks' hashed names come from the page (vite.config.ts writes them).
 */
(function () {
  var meta = document.querySelector('meta[name="chowki-lang-chunks"]');
  if (!meta) return;
  var chunks = {};
  (meta.getAttribute('content') || '').split(' ').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) chunks[pair.slice(0, at)] = pair.slice(at + 1);
  });
  var lang = null;
  try {
    lang = localStorage.getItem('chowki.lang');
  } catch (e) {
    // Storage may be blocked; the browser's language still applies.
  }
  if (!Object.prototype.hasOwnProperty.call(chunks, lang)) {
    lang = 'en';
    var wanted = navigator.languages || [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i] || '').slice(0, 2).toLowerCase();
      if (Object.prototype.hasOwnProperty.call(chunks, base)) {
        lang = base;
        break;
      }
    }
  }
  if (!chunks[lang]) return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = 'anonymous';
  link.href = chunks[lang];
  document.head.appendChild(link);
})();
