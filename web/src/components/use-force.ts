/** The force's units and jurisdictions: public, the same for every page, fetched once per load. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { JurisdictionCollection, UnitList } from '../api/types.js';

export interface ForceData {
  units: UnitList;
  jurisdictions: JurisdictionCollection;
}

let cached: Promise<ForceData> | undefined;

function loadForce(): Promise<ForceData> {
  cached ??= Promise.all([api.listUnits(), api.jurisdictions()]).then(([units, jurisdictions]) => ({ units, jurisdictions }));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export function useForce(): { data: ForceData | undefined; error: unknown; retry: () => void } {
  const [data, setData] = useState<ForceData>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadForce().then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    data,
    error,
    retry: () => {
      setError(undefined);
      setAttempt((a) => a + 1);
    },
  };
}

type ForceUnit = ForceData['units']['units'][number];

/** The units at or under a unit (a DCP's zone and its stations; the whole city for the control room). */
export function unitsUnder(units: readonly ForceUnit[], unitId: string): ForceUnit[] {
  const under = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) if (u.parent && under.has(u.parent) && !under.has(u.id)) (under.add(u.id), (grew = true));
  }
  return units.filter((u) => under.has(u.id));
}

/** Whether a unit keeps a duty roster of its own (a police station or a special unit). */
export function isRosterUnit(u: Pick<ForceUnit, 'kind'>): boolean {
  return u.kind === 'station' || u.kind === 'special';
}
