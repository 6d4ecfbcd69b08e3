// Paste an article: POST /api/extract, nothing stored, the result shown highlighted.
import { type FormEvent, useState } from 'react';
import { api, type ExtractResult } from '../api.js';
import { AnnotatedArticle } from '../components/AnnotatedArticle.js';
import { DateInput } from '../components/DateInput.js';
import { Status } from '../components/Status.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';

export function PastePage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [working, setWorking] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const day = parseDayInput(published);
    if (day === null || text.trim() === '') return;
    setWorking(true);
    setError(null);
    try {
      setResult(await api.extract({ text, ...(day ? { published: day } : {}) }));
    } catch (err) {
      setError(err as Error);
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="page">
      <h2>{t('paste.heading')}</h2>
      <form onSubmit={submit} className="paste-form">
        <textarea
          name="article"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('paste.placeholder')}
          rows={8}
          dir="rtl"
          lang="fa"
        />
        <div className="row">
          <DateInput
            label={t('paste.published')}
            name="published"
            value={published}
            onChange={setPublished}
          />
          <button type="submit" disabled={working || text.trim() === ''}>
            {working ? t('paste.working') : t('paste.submit')}
          </button>
          <span className="muted small">{t('paste.note')}</span>
        </div>
      </form>
      <Status error={error} />
      {result && <AnnotatedArticle result={result} />}
    </div>
  );
}
