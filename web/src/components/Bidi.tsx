// Small isolated runs for everything that mixes directions inside Persian text: a count with its
// noun («۶ مقاله»), a code (RUSGOV), a source (farsnews.ir). Each is a <bdi>, so its neighbours
// (a «·» separator, a Latin source) can never pull it apart or reorder it.
import type { ReactNode } from 'react';
import { type NounKey, useI18n } from '../i18n/index.js';

export function Count({ value, noun }: { value: number; noun: NounKey }) {
  const { count } = useI18n();
  return <bdi className="count">{count(value, noun)}</bdi>;
}

export function Num({ value }: { value: number }) {
  const { n } = useI18n();
  return <bdi className="num">{n(value)}</bdi>;
}

export function Code({ children, muted }: { children: ReactNode; muted?: boolean }) {
  return (
    <bdi className={muted ? 'code muted' : 'code'} dir="ltr">
      {children}
    </bdi>
  );
}

/** Any value that may be Latin or Persian (a source, a URL host, a name): isolated, direction from its text. */
export function Iso({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}
