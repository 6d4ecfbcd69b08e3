// Adding an event the coder missed: the analyst selects its words in the article's text, then gives
// its type, actor and recipient codes and date. Stored as an 'add' correction (write token needed).
import { type FormEvent, useState } from 'react';
import type { StoredArticle } from '../api.js';
import { getToken, saveCorrection, setToken } from '../corrections.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { EventFields, type EventFieldValues, TokenField } from './EventFields.js';
import { ErrorText } from './Status.js';

/** The selected span of the article's text (the first occurrence of the selected words). */
function selectedSpan(text: string): { start: number; end: number; text: string } | null {
  const s = window.getSelection()?.toString().trim() ?? '';
  if (!s) return null;
  const start = text.indexOf(s);
  return start < 0 ? null : { start, end: start + s.length, text: s };
}

export function AddMissed({ article }: { article: StoredArticle }) {
  const { t } = useI18n();
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  const [fields, setFields] = useState<EventFieldValues>({
    type: 'CONSULT',
    actor: '',
    recipient: '',
    date: article.published ?? '',
  });
  const [token, setTok] = useState(getToken());
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { type, actor, recipient } = fields;
    const day = parseDayInput(fields.date);
    if (!span || day === null) return;
    setError(null);
    try {
      setToken(token);
      await saveCorrection(
        { event: null, article: article.id, kind: 'add', type, actor, recipient, date: day ?? null, span },
        token,
      );
      setSaved(true);
      setSpan(null);
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <div className="add-missed">
      <p className="muted small">{t('correct.selectHint')}</p>
      <button
        type="button"
        className="linkish"
        data-testid="add-missed"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setSaved(false);
          setSpan(selectedSpan(article.text));
        }}
      >
        {t('correct.add')}
      </button>
      {saved && <p role="status">{t('correct.saved')}</p>}
      {span && (
        <form className="correction-form" onSubmit={submit}>
          <blockquote dir="rtl" lang="fa">
            «{span.text}»
          </blockquote>
          <EventFields value={fields} onChange={setFields} />
          <TokenField value={token} onChange={setTok} />
          <button type="submit">{t('correct.save')}</button>
          {error && <ErrorText error={error} />}
        </form>
      )}
    </div>
  );
}
