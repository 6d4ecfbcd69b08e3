// Article titles for the events table. Events carry their article's id, source and URL but not
// its title, so the table asks for the titles of the articles on the visible page only, once each.
import { useEffect, useState } from 'react';
import { api } from '../api.js';

const titles = new Map<string, Promise<string | null>>();

function titleOf(id: string): Promise<string | null> {
  let p = titles.get(id);
  if (!p) {
    p = api.article(id).then(
      (a) => a.title,
      () => null,
    );
    titles.set(id, p);
  }
  return p;
}

export function useArticleTitles(ids: string[]): Map<string, string | null> {
  const [known, setKnown] = useState(() => new Map<string, string | null>());
  const key = [...new Set(ids)].sort().join('\n');
  useEffect(() => {
    let live = true;
    const unique = key ? key.split('\n') : [];
    Promise.all(unique.map(async (id) => [id, await titleOf(id)] as const)).then((pairs) => {
      if (live) setKnown(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return known;
}
