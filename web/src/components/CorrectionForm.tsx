// Correcting one stored event: mark it wrong, or give its right type, actor, recipient or date.
// Needs the write token (asked once per session). The machine's event is never changed: the
// correction is stored beside it and the row shows it as corrected.
import { type FormEvent, useState } from 'react';
import type { StoredEvent } from '../api.js';
import { getToken, saveCorrection, setToken } from '../corrections.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { EventFields, type EventFieldValues, TokenField } from './EventFields.js';
import { ErrorText } from './Status.js';

const codes = (e: StoredEvent['actor']) =>
  e
    .map((a) => a.code ?? '')
    .filter(Boolean)
    .join(';');

export function CorrectionForm({ event, onDone }: { event: StoredEvent; onDone: () => void }) {
  const { t } = useI18n();
  const [wrong, setWrong] = useState(false);
  const [fields, setFields] = useState<EventFieldValues>({
    type: event.type,
    actor: codes(event.actor),
    recipient: codes(event.recipient),
    date: event.date ?? '',
  });
  const [note, setNote] = useState('');
  const [token, setTok] = useState(getToken());
  const [error, setError] = useState<Error | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { type, actor, recipient } = fields;
    const day = parseDayInput(fields.date);
    if (day === null) return;
    setError(null);
    try {
      setToken(token);
      await saveCorrection(
        {
          event: event.id,
          article: event.article,
          kind: wrong ? 'wrong' : 'edit',
          span: { start: event.trigger.start, end: event.trigger.end, text: event.trigger.text },
          ...(wrong
            ? {}
            : {
                type: type !== event.type ? type : null,
                actor: actor !== codes(event.actor) ? actor : null,
                recipient: recipient !== codes(event.recipient) ? recipient : null,
                date: (day ?? null) !== event.date ? (day ?? null) : null,
              }),
          note: note || null,
        },
        token,
      );
      onDone();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <form className="correction-form" onSubmit={submit} data-testid="correction-form">
      <label className="inline">
        <input type="checkbox" name="wrong" checked={wrong} onChange={(e) => setWrong(e.target.checked)} />{' '}
        {t('correct.wrong')}
      </label>
      {!wrong && <EventFields value={fields} onChange={setFields} />}
      <label className="field">
        <span>{t('correct.note')}</span>
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <TokenField value={token} onChange={setTok} />
      <button type="submit">{t('correct.save')}</button>
      {error && <ErrorText error={error} />}
    </form>
  );
}

/** The row's "correct" button and, when open, its form. */
export function CorrectCell({ event }: { event: StoredEvent }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="linkish" data-correct={event.id} onClick={() => setOpen(!open)}>
        {t('correct.row')}
      </button>
      {open && <CorrectionForm event={event} onDone={() => setOpen(false)} />}
    </>
  );
}
