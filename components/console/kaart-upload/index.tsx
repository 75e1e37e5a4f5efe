import { useEffect, useState } from 'preact/hooks';
import type { KaartDiff } from '../../../lib/catalogue/kaart-diff';
import { routeHash } from '../../../lib/console/console-route';
import { readKaartFile, type KaartFile } from '../../../lib/console/kaart-file';
import type { Service } from '../../../lib/contracts/catalogue';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { UploadProgress } from '../upload-progress';

/**
 * A new kaart from a JSON file: read and checked in the browser, what it adds, changes and removes
 * shown against the kaart as stored, and sent (PUT /catalogue) only when the keeper confirms.
 */
export function KaartUpload() {
  const { t, textOr } = useMessages();
  const { api, describe } = useConsole();
  const [current, setCurrent] = useState<Service[] | null>(null);
  const [file, setFile] = useState<KaartFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<{ sent: number; total: number } | null>(null);

  const loadCurrent = () => api.catalogue().then((c) => setCurrent(c.catalogue.services), (e: unknown) => setError(describe(e)));
  useEffect(() => void loadCurrent(), [api]);

  const choose = async (input: HTMLInputElement) => {
    setDone(null);
    setError(null);
    const chosen = input.files?.[0];
    setFile(chosen && current ? readKaartFile(await chosen.text(), current) : null);
  };

  const confirm = async () => {
    if (!file?.ok) return;
    setBusy(true);
    try {
      setUploading({ sent: 0, total: 0 });
      const saved = await api.uploadKaart(file.upload, (sent, total) => setUploading({ sent, total })).finally(() => setUploading(null));
      setDone(t('console.upload.saved', { version: saved.version, count: saved.services }));
      setFile(null);
      await loadCurrent();
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  const list = (kind: keyof KaartDiff, diff: KaartDiff) => (
    <>
      <h3>{t(`console.upload.${kind}`, { count: diff[kind].length })}</h3>
      {diff[kind].length > 0 && (
        <ul data-diff={kind}>
          {diff[kind].map((o) => (
            <li key={o.id}>
              {o.name} <span class="hr-console-muted">({o.id})</span>
              {'fields' in o && <span class="hr-console-muted"> · {(o.fields as string[]).map((f) => textOr(`console.offer.field.${f}`, f)).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section aria-labelledby="upload-title">
      <a href={routeHash({ page: 'kaart' })}>{t('console.offer.back')}</a>
      <h1 id="upload-title" tabIndex={-1}>{t('console.upload.title')}</h1>
      <p>{t('console.upload.intro')}</p>
      <form class="hr-console-form" aria-labelledby="upload-title" onSubmit={(e) => e.preventDefault()}>
        <label for="kaart-file">{t('console.upload.file')}</label>
        <input id="kaart-file" type="file" accept="application/json,.json" disabled={current === null} onChange={(e) => void choose(e.currentTarget)} />
      </form>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {file && !file.ok && (
        <div class="hr-console-error" role="alert" data-file-error>
          <p>{t(file.reason === 'not_json' ? 'console.upload.notJson' : 'console.upload.invalid')}</p>
          {file.reason === 'invalid' && (
            <ul>
              {file.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {file?.ok && (
        <section aria-labelledby="diff-title" data-diff-preview>
          <h2 id="diff-title">{t('console.upload.preview', { version: file.upload.version })}</h2>
          {list('added', file.diff)}
          {list('changed', file.diff)}
          {list('removed', file.diff)}
          <button type="button" class="hr-console-button" disabled={busy} onClick={() => void confirm()} data-confirm-upload>
            {t('console.upload.confirm')}
          </button>
        </section>
      )}
      {uploading && <UploadProgress sent={uploading.sent} total={uploading.total} />}
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </section>
  );
}
