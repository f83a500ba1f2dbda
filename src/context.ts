/**
 * What the domains need at run time, built once at start and passed down (never imported as globals).
 * It is read-only: the one thing that changes while Chowki runs, the city's place engines after an
 * approved gazetteer spelling, changes through `engines.reload()`, here and nowhere else.
 */
import type { Config } from './config.js';
import type { CityData } from './geo/city.js';
import type { Locator } from './geo/locate.types.js';
import type { EventBus } from './realtime/event-bus.js';
import type { Store } from './store/db.js';
import type { DeskEvent } from './tickets/desk-event.schema.js';
import type { TicketAssigner } from './tickets/ticket-assigner.js';
import type { Triager } from './triage/triage.types.js';

export interface CityEngines {
  readonly city: CityData;
  readonly locator: Locator;
}

export interface AppContext {
  readonly config: Readonly<Config>;
  readonly store: Store;
  readonly bus: EventBus<DeskEvent>;
  readonly triager: Triager;
  /** Who takes a newly placed ticket: the duty roster in a running server. */
  readonly assigner: TicketAssigner;
  /** The city and its locator as they are now (see `engines`). */
  readonly city: CityData;
  readonly locator: Locator;
  readonly engines: {
    /** Rebuilds the city's engines from what is stored (after a gazetteer change); later calls see them. */
    reload(): Promise<void>;
  };
  /** The clock, injectable so that SLA and reference-year tests need no sleeping. */
  readonly now: () => number;
}

export interface ContextParts extends CityEngines {
  config: Readonly<Config>;
  store: Store;
  bus: EventBus<DeskEvent>;
  triager: Triager;
  assigner: TicketAssigner;
  now: () => number;
  /** Loads the city's engines again; without it, reload keeps the ones given. */
  loadEngines?: () => Promise<CityEngines | undefined>;
}

/** Assembles the context; its city and locator always read the current engines. */
export function createAppContext(parts: ContextParts): AppContext {
  let current: CityEngines = { city: parts.city, locator: parts.locator };
  const { config, store, bus, triager, assigner, now, loadEngines } = parts;
  return Object.freeze({
    config,
    store,
    bus,
    triager,
    assigner,
    now,
    get city() {
      return current.city;
    },
    get locator() {
      return current.locator;
    },
    engines: Object.freeze({
      async reload() {
        const next = await loadEngines?.();
        if (next) current = next;
      },
    }),
  });
}
