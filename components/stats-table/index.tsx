import { tableCsv } from '../../lib/csv/table-csv';
import type { DashboardTable } from '../../lib/stats-view/tables';
import { useMessages } from '../use-messages';

function download(table: DashboardTable) {
  const blob = new Blob([tableCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `handreiking-${table.id}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A table with its caption and its own CSV download, made from the same rows. */
export function StatsTable({ table, note }: { table: DashboardTable; note?: string }) {
  const { t } = useMessages();
  return (
    <section
      class={table.print === false ? 'hr-stats-table hr-noprint' : 'hr-stats-table'}
      aria-labelledby={`hr-t-${table.id}`}
      data-table={table.id}
    >
      <div class="hr-stats-table__head">
        <h2 id={`hr-t-${table.id}`}>{table.title}</h2>
        <button type="button" class="hr-button hr-button--secondary hr-noprint" onClick={() => download(table)}>
          {t('dashboard.downloadCsv', { table: table.title })}
        </button>
      </div>
      {note && <p class="hr-muted">{note}</p>}
      {table.rows.length === 0 ? (
        <p class="hr-muted">{t('dashboard.empty')}</p>
      ) : (
        <table aria-labelledby={`hr-t-${table.id}`}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
