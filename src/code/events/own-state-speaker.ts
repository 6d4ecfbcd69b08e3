// «فراتینی وزیر خارجه ایتالیا گفت: ایتالیا مایل است …»، «پسکوف سخنگوی کرملین گفت: کرملین … استقبال
// می‌کند»: in the words of a government's speaker, the speaker's own state named as the one who acts
// is the government speaking (the speaker's code, «ITAGOV»), not the state at large («ITA»).
// Another state named in the same words («زاخارووا گفت: آمریکا … اصرار دارد») stays a state.

import { isBareStateCode } from '../../resolve/actors/dated-codes.js';

/**
 * The actors with each one that is the speaker's own state replaced by the speaker, when the speaker's
 * code is that state's government (`<STATE><sector>` with the sector in `sectors`).
 */
export function ownStateAsSpeaker(
  actors: readonly string[],
  speaker: string | null,
  codeOf: (id: string) => string | undefined,
  sectors: ReadonlySet<string>,
): string[] {
  if (!speaker) return [...actors];
  const own = codeOf(speaker) ?? '';
  if (own.length <= 3 || !sectors.has(own.slice(3))) return [...actors];
  const state = own.slice(0, 3);
  return [
    ...new Set(actors.map((id) => (isBareStateCode(codeOf(id)) && codeOf(id) === state ? speaker : id))),
  ];
}
