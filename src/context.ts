/** What the domains need at run time, built once at start and passed down (never imported as globals). */
import type { Config } from './config.js';
import type { CityData } from './geo/city.js';
import type { Locator } from './geo/locate.types.js';
import type { EventBus } from './realtime/event-bus.js';
import type { Store } from './store/db.js';
import type { Triager } from './triage/triage.types.js';

export interface AppContext {
  config: Readonly<Config>;
  store: Store;
  bus: EventBus;
  city: CityData;
  triager: Triager;
  locator: Locator;
  /** The clock, injectable so that SLA and reference-year tests need no sleeping. */
  now: () => number;
}
