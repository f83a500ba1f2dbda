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
