import type { ImportPlan } from '../../../lib/catalogue/import/plan-import';
import { reasonsText } from '../../../lib/catalogue/import/rejection-reason';
import type { ImportedKaart } from '../../../lib/catalogue/import/validate-rows';
import { useMessages } from '../../use-messages';

/** The dry run: which rows were rejected and why, how many are good, and what they would do to the kaart. */
export function ImportReport({ imported, plan }: { imported: ImportedKaart; plan: ImportPlan }) {
  const texts = useMessages();
  const { t, textOr } = texts;
  const offers = (kind: 'added' | 'unchanged', list: Array<{ id: string; name: string }>) => (
    <>
      <h3>{t(`console.import.plan.${kind}`, { count: list.length })}</h3>
      {list.length > 0 && (
        <ul data-plan={kind}>
          {list.map((o) => (
            <li key={o.id}>{o.name} <span class="hr-console-muted">({o.id})</span></li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section aria-labelledby="report-title" data-import-report>
      <h2 id="report-title" tabIndex={-1}>{t('console.import.report.title')}</h2>
      <p data-valid-count>{t('console.import.report.valid', { count: imported.services.length })}</p>
      <h3>{t('console.import.report.rejected', { count: imported.rejected.length })}</h3>
      {imported.rejected.length > 0 && (
        <div class="hr-console-scroll">
        <table class="hr-console-table" data-rejected>
          <thead>
            <tr>
              <th scope="col">{t('console.import.report.row')}</th>
              <th scope="col">{t('console.import.report.name')}</th>
              <th scope="col">{t('console.import.report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {imported.rejected.map((r) => (
              <tr key={`${r.row}-${r.id ?? ''}`} data-rejected-row={r.row}>
                <td>{r.row}</td>
                <td>{r.name ?? r.id ?? ''}</td>
                <td>{reasonsText(r.reasons, texts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <h2>{t('console.import.plan.title')}</h2>
      {offers('added', plan.added)}
      <h3>{t('console.import.plan.changed', { count: plan.changed.length })}</h3>
      {plan.changed.length > 0 && (
        <ul data-plan="changed">
          {plan.changed.map((o) => (
            <li key={o.id}>
              {o.name} <span class="hr-console-muted">({o.id}) · {o.fields.map((f) => textOr(`console.offer.field.${f}`, f)).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {offers('unchanged', plan.unchanged)}
      <h3>{t('console.import.plan.disappeared', { count: plan.disappeared.length })}</h3>
      {plan.disappeared.length > 0 && (
        <ul data-plan="disappeared">
          {plan.disappeared.map((o) => (
            <li key={o.id}>
              {o.name} <span class="hr-console-muted">({o.id}){o.marked ? ` · ${t('console.import.plan.marked')}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
