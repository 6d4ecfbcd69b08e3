// Loads something when its inputs change; keeps the last error so the page can say what went wrong.
import { type DependencyList, useEffect, useState } from 'react';

export function useAsync<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): { data: T | null; error: Error | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the inputs
  }, deps);
  return state;
}
