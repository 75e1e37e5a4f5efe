import { useEffect, useState } from 'preact/hooks';
import { fetchHsdsApi } from '../../../lib/catalogue/import/fetch-hsds-api';
import { planImport, type ImportPlan } from '../../../lib/catalogue/import/plan-import';
import { importSource, readSource, UnreadableSource, type Source } from '../../../lib/catalogue/import/read-source';
import type { ImportedKaart } from '../../../lib/catalogue/import/validate-rows';
import type { ColumnMapping } from '../../../lib/catalogue/spreadsheet/kaart-columns';
import { routeHash } from '../../../lib/console/console-route';
import { EMPTY_DEFAULTS, importDefaultsOf, type DefaultsForm } from '../../../lib/console/import-defaults-form';
import type { Catalogue } from '../../../lib/contracts/sync';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { UploadProgress } from '../upload-progress';
import { ImportDefaults } from '../import-defaults';
import { ImportMapping } from '../import-mapping';
import { ImportReport } from '../import-report';

/** "import-2026-03-02-091500": a version that says where the kaart came from and when. */
const importVersion = (now = new Date()) => `import-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

/**
 * Importing a kaart from a file (our own JSON, HSDS, CSV, XLSX) or an HSDS API: a spreadsheet's
 * columns are mapped, what the source lacks is given once, a dry run shows every rejected row and
 * what the import does to the stored kaart, and only the keeper's confirmation sends the merged
 * kaart (PUT /catalogue, audited by the server).
 */
export function KaartImport() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [current, setCurrent] = useState<Catalogue | null>(null);
  const [source, setSource] = useState<(Source & { name: string }) | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaults, setDefaults] = useState<DefaultsForm>(EMPTY_DEFAULTS);
  const [markInactive, setMarkInactive] = useState(true);
  const [dryRun, setDryRun] = useState<{ imported: ImportedKaart; plan: ImportPlan } | null>(null);
  const [address, setAddress] = useState('');
  const [progress, setProgress] = useState<{ text: string; page: number; pages: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<{ sent: number; total: number } | null>(null);

  const loadCurrent = () => api.catalogue().then((c) => setCurrent(c.catalogue), (e: unknown) => setError(describe(e)));
  useEffect(() => void loadCurrent(), [api]);
  // Any change makes the dry run shown stale: the keeper runs it again before confirming.
  useEffect(() => setDryRun(null), [source, mapping, defaults, markInactive]);

  const start = (next: (Source & { name: string }) | null) => {
    setSource(next);
    setMapping(next && (next.kind === 'csv' || next.kind === 'xlsx') ? next.mapping : {});
  };
  const fail = (e: unknown) => {
    start(null);
    if (e instanceof UnreadableSource) setError(`${t(`console.import.unreadable.${e.reason}`)} ${e.detail}`.trim());
    else setError(describe(e));
  };

  const chooseFile = async (input: HTMLInputElement) => {
    setError(null);
    setDone(null);
    const file = input.files?.[0];
    if (!file) return start(null);
    try {
      start({ ...(await readSource(file.name, new Uint8Array(await file.arrayBuffer()))), name: file.name });
    } catch (e) {
      fail(e);
    }
  };

  const fetchAddress = async () => {
    setError(null);
    setDone(null);
    if (!/^https?:\/\/\S+$/.test(address.trim())) return setError(t('console.import.addressInvalid'));
    setBusy(true);
    setProgress({ text: t('console.import.progressStart'), page: 0, pages: 0 });
    try {
      const document = await fetchHsdsApi(
        address,
        (what, page, pages, records) => setProgress({ text: t('console.import.progress', { what, page, pages, records }), page, pages }),
        api.hsdsImportPage,
      );
      start({ kind: 'hsds', document, name: address.trim() });
    } catch (e) {
      fail(e);
    }
    setProgress(null);
    setBusy(false);
  };

  const runDryRun = () => {
    if (!source || !current) return;
    setError(null);
    try {
      const imported = importSource(source, importDefaultsOf(defaults), mapping);
      setDryRun({ imported, plan: planImport(current.services, current.organizations, imported, { disappeared: markInactive ? 'inactive' : 'keep' }) });
    } catch (e) {
      fail(e);
    }
  };

  const confirm = async () => {
    if (!dryRun || !current) return;
    setBusy(true);
    try {
      setUploading({ sent: 0, total: 0 });
      const saved = await api.uploadKaart({ version: importVersion(), demo: current.demo, organizations: dryRun.plan.organizations, services: dryRun.plan.services }, (sent, total) => setUploading({ sent, total })).finally(() => setUploading(null));
      setDone(t('console.import.saved', { version: saved.version, count: saved.services }));
      setDryRun(null);
      await loadCurrent();
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  const isTable = source?.kind === 'csv' || source?.kind === 'xlsx';
  return (
    <section aria-labelledby="import-title">
      <a href={routeHash({ page: 'kaart' })}>{t('console.offer.back')}</a>
      <h1 id="import-title" tabIndex={-1}>{t('console.import.title')}</h1>
      <p>{t('console.import.intro')}</p>
      {current === null && !error && <p>{t('console.kaart.loading')}</p>}
      <form class="hr-console-form" aria-label={t('console.import.fileForm')} onSubmit={(e) => e.preventDefault()}>
        <label for="import-file">{t('console.import.file')}</label>
        <input id="import-file" type="file" accept=".json,.csv,.xlsx,.txt,application/json,text/csv" disabled={current === null || busy} onChange={(e) => void chooseFile(e.currentTarget)} />
      </form>
      <form
        class="hr-console-form"
        aria-label={t('console.import.addressForm')}
        onSubmit={(e) => {
          e.preventDefault();
          void fetchAddress();
        }}
      >
        <label for="import-address">{t('console.import.address')}</label>
        <input id="import-address" type="url" inputMode="url" placeholder="https://…/hsds/…" value={address} aria-describedby="import-address-hint" onInput={(e) => setAddress(e.currentTarget.value)} />
        <p id="import-address-hint" class="hr-console-muted">{t('console.import.addressHint')}</p>
        <button type="submit" class="hr-console-button hr-console-button--secondary" disabled={current === null || busy}>{t('console.import.fetch')}</button>
      </form>
      {progress && (
        <div data-import-progress>
          <label for="import-fetch-progress">{t('console.import.fetching')}</label>
          {/* Indeterminate until the first page says how many there are. */}
          <progress id="import-fetch-progress" max={progress.pages || undefined} value={progress.pages ? progress.page : undefined} />
          <p role="status">{progress.text}</p>
        </div>
      )}
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {!source && !error && current && <p class="hr-console-muted" data-empty>{t('console.import.empty')}</p>}
      {source && current && (
        <>
          <p data-source-kind={source.kind}>{t('console.import.source', { name: source.name, kind: source.kind })}</p>
          {isTable && <ImportMapping table={source.table} mapping={mapping} onChange={setMapping} />}
          <ImportDefaults form={defaults} onChange={setDefaults} />
          <form class="hr-console-form" aria-label={t('console.import.runForm')} onSubmit={(e) => {
              e.preventDefault();
              runDryRun();
            }}>
            <label>
              <input type="checkbox" checked={markInactive} onChange={(e) => setMarkInactive(e.currentTarget.checked)} /> {t('console.import.markInactive')}
            </label>
            <button type="submit" class="hr-console-button" data-dry-run>{t('console.import.dryRun')}</button>
          </form>
        </>
      )}
      {dryRun && (
        <>
          <ImportReport imported={dryRun.imported} plan={dryRun.plan} />
          {dryRun.imported.services.length === 0 ? (
            <p class="hr-console-error" role="alert">{t('console.import.nothingValid')}</p>
          ) : (
            <button type="button" class="hr-console-button" disabled={busy} onClick={() => void confirm()} data-confirm-import>
              {t('console.import.confirm')}
            </button>
          )}
        </>
      )}
      {uploading && <UploadProgress sent={uploading.sent} total={uploading.total} />}
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </section>
  );
}
