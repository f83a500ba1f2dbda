/**
 * Who may import whom (docs/ARCHITECTURE.md, "Who may import whom"), checked over src/ by
 * test/architecture.test.ts in `npm test`. By hand: `npx depcruise src --ignore-known`.
 *
 * Work in flight that still breaks a rule may list those violations, one by one, in
 * .dependency-cruiser-known-violations.json; any other violation fails. A listed one that is fixed fails too
 * until it leaves the list (regenerate it: see test/architecture.test.ts), so it cannot come back unnoticed.
 */

/** Modules through which a program touches disks, sockets and other processes. */
const IO_CORE = '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads|readline|repl|inspector)$';
/** npm packages that talk to a database, the network or the log. */
const IO_PACKAGES = '(^|/)node_modules/(pg|pg-[^/]+|better-sqlite3|kysely|fastify|@fastify/[^/]+|pino|grammy|twitter-api-v2|undici|playwright-core)/';
/** Everything above the pure engines: wiring, HTTP, storage, the run-time context and the domains that use them. */
const ABOVE_ENGINES =
  '^src/(app|main|bootstrap|context|config)\\.ts$|^src/(cli|http|store|channels|intake|desk|tickets|realtime|outbox|force|auth|community|analytics)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engines-pure-no-io',
      severity: 'error',
      comment:
        'triage and geo are pure functions of (text, metadata, reference data): no disk, network or processes. ' +
        'Reading their data files happens in a *.load.ts beside them (e.g. src/geo/city.load.ts), called by bootstrap and the CLI.',
      from: { path: '^src/(triage|geo)/', pathNot: '\\.(load|test)\\.ts$' },
      to: { dependencyTypes: ['core'], path: IO_CORE },
    },
    {
      name: 'engines-below-the-app',
      severity: 'error',
      comment:
        'triage and geo (their loaders included) import no store, HTTP, context, config or domain above them, ' +
        'and no database, HTTP server, logger or channel SDK: they are given their data.',
      from: { path: '^src/(triage|geo)/', pathNot: '\\.test\\.ts$' },
      to: { path: [ABOVE_ENGINES, IO_PACKAGES] },
    },
    {
      name: 'provider-sdk-only-in-channels',
      severity: 'error',
      comment: 'A provider SDK (grammY, twitter-api-v2) is an adapter detail: only src/channels/<provider>/ may import it.',
      from: { path: '^src/', pathNot: '^src/channels/' },
      to: { path: '(^|/)node_modules/(grammy|@grammyjs/[^/]+|twitter-api-v2)/' },
    },
    {
      name: 'intake-not-to-desk',
      severity: 'error',
      comment: 'Intake and the desk never import each other: both ask src/tickets/, which owns the ticket lifecycle.',
      from: { path: '^src/intake/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/desk/' },
    },
    {
      name: 'desk-not-to-intake',
      severity: 'error',
      comment:
        'Intake and the desk never import each other: both ask src/tickets/, which owns the ticket lifecycle. ' +
        "(A desk test may still bring a report in through intake, as a citizen's message arrives.)",
      from: { path: '^src/desk/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/intake/' },
    },
    {
      name: 'tickets-below-its-callers',
      severity: 'error',
      comment:
        "src/tickets/ owns a ticket's life and is asked by intake, the desk and the channels: it never imports them, " +
        'nor the wiring (cli, app, main, bootstrap).',
      from: { path: '^src/tickets/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(intake|desk|channels|cli|community|analytics)/|^src/(app|main|bootstrap)\\.ts$' },
    },
    {
      name: 'wiring-at-the-top',
      severity: 'error',
      comment:
        'cli, app.ts, main.ts and bootstrap.ts assemble the domains; a domain that imports them turns the layering ' +
        'upside down (give it the narrow function it needs instead).',
      from: { path: '^src/', pathNot: '^src/(cli/|(app|main|bootstrap)\\.ts$)|\\.test\\.ts$' },
      to: { path: '^src/(cli/|(app|main|bootstrap)\\.ts$)' },
    },
    {
      name: 'store-at-the-bottom',
      severity: 'error',
      comment:
        'The store (Kysely, migrations) and errors.ts know no domain. tables.ts alone may name the domains\' ' +
        'column unions (status, role, category…): type-only imports, erased at run time.',
      from: { path: '^src/(store/|errors\\.ts$)', pathNot: '\\.test\\.ts$|^src/store/tables\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(store/|errors\\.ts$)' },
    },
    {
      name: 'migrations-only-through-migrate',
      severity: 'error',
      comment:
        'A migration is a frozen record of a schema change: only src/store/migrate.ts registers it. ' +
        'A constant that run-time code needs lives in the domain that owns its meaning, and the migration keeps its own copy.',
      from: { path: '^src/', pathNot: '^src/store/migrate\\.ts$' },
      to: { path: '^src/store/migrations/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the layering meaningless and the load order fragile: break it by moving the shared part down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    // TypeScript 7 (the native compiler) has no JavaScript API that dependency-cruiser can use, so the
    // sources are read with swc, which sees type-only imports too (they count: a type is a dependency).
    parser: 'swc',
    // An ESM import names the emitted file (`./city.js`); dependency-cruiser finds `./city.ts` for it.
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
