import { KAART_COLUMNS, type ColumnMapping } from '../../../lib/catalogue/spreadsheet/kaart-columns';
import type { Table } from '../../../lib/catalogue/spreadsheet/read-table';
import { fieldOfColumn, mapColumn } from '../../../lib/console/import-mapping';
import { useMessages } from '../../use-messages';

/** A spreadsheet's columns with the field each fills, guessed from its header and changeable by the keeper. */
export function ImportMapping({ table, mapping, onChange }: { table: Table; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const { t, textOr } = useMessages();
  const example = (column: number) => table.rows.find((r) => r.cells[column])?.cells[column] ?? '';
  return (
    <section aria-labelledby="mapping-title" data-import-mapping>
      <h2 id="mapping-title">{t('console.import.mapping.title')}</h2>
      <p class="hr-console-muted">{t('console.import.mapping.intro')}</p>
      <div class="hr-console-scroll">
      <table class="hr-console-table">
        <thead>
          <tr>
            <th scope="col">{t('console.import.mapping.column')}</th>
            <th scope="col">{t('console.import.mapping.field')}</th>
            <th scope="col">{t('console.import.mapping.example')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header, column) => (
            <tr key={column} data-column={column}>
              <th scope="row" id={`mapping-column-${column}`}>{header || t('console.import.mapping.unnamed', { number: column + 1 })}</th>
              <td>
                <select
                  aria-label={t('console.import.mapping.fieldFor', { column: header || String(column + 1) })}
                  value={fieldOfColumn(mapping, column)}
                  onChange={(e) => onChange(mapColumn(mapping, column, e.currentTarget.value))}
                >
                  <option value="">{t('console.import.mapping.unused')}</option>
                  {KAART_COLUMNS.map((c) => (
                    <option key={c.key} value={c.key}>
                      {textOr(`console.import.column.${c.key}`, c.key)}
                      {c.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
              </td>
              <td class="hr-console-muted">{example(column)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
