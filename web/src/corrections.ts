// Analysts' corrections of the coder's output, as the API stores them beside the machine's events
// (never overwriting them): the list is read once and shared by every page; a saved correction
// updates it. The write token is kept for the session only (sessionStorage), never in a URL.
import { useEffect, useState } from 'react';
// One definition of a correction, the server's (a type-only import: nothing of Node comes along).
import type { Correction, NewCorrection } from '../../src/api-types.js';
import { ApiError } from './api.js';

export type { Correction, NewCorrection };

let cache: Correction[] | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

function load(): Promise<void> {
  loading ??= fetch('/api/corrections', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : { corrections: [] }))
    .then((body: { corrections?: Correction[] }) => {
      cache = body.corrections ?? [];
      notify();
    })
    .catch(() => {
      cache = [];
      notify();
    });
  return loading;
}

export async function saveCorrection(c: NewCorrection, token: string): Promise<Correction> {
  const res = await fetch('/api/corrections', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(c),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(body?.error ?? `${res.status}`, body?.field ?? null, res.status);
  cache = [...(cache ?? []), body as Correction];
  notify();
  return body as Correction;
}

export function getToken(): string {
  try {
    return sessionStorage.getItem('rasad.token') ?? '';
  } catch {
    return '';
  }
}
export function setToken(token: string): void {
  try {
    sessionStorage.setItem('rasad.token', token);
  } catch {
    // private mode: asked again next time
  }
}

export function useCorrections(): {
  list: Correction[];
  /** The latest correction of a machine event, as the row's flag. */
  markOf: (eventId: string) => 'wrong' | 'corrected' | undefined;
  latest: (eventId: string) => Correction | undefined;
} {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    load();
    return () => {
      listeners.delete(l);
    };
  }, []);
  const list = cache ?? [];
  const latest = (id: string) => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i].event === id) return list[i];
    return undefined;
  };
  return {
    list,
    latest,
    markOf: (id) => {
      const c = latest(id);
      return c ? (c.kind === 'wrong' ? 'wrong' : 'corrected') : undefined;
    },
  };
}
