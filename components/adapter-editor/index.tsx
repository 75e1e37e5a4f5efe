import { useState } from 'preact/hooks';
import type { CaseContext } from '../../lib/contracts/case-context';
import { DRAFT_FIELDS, type Draft, type DraftField } from '../../lib/adapter-editor/draft';
import type { FieldSource } from '../../lib/adapters/adapter-config';
import { PREVIEW_FACTS, previewValue, type CaseCheck, type PreviewFact } from '../../lib/adapter-editor/preview';
import { useMessages } from '../use-messages';
import './style.css';

/** What a click on the page fills in. */
export type PickTarget = { kind: 'field'; field: DraftField } | { kind: 'need' } | { kind: 'signals' } | { kind: 'zrm' };

export interface AdapterEditorProps {
  draft: Draft;
  onDraft(draft: Draft): void;
  /** This page read with the draft: undefined while not ready, null when it finds no case. */
  preview: CaseContext | null | undefined;
  picking: PickTarget | null;
  onPick(target: PickTarget | null): void;
  /** Saves for the team; resolves with the saved version or rejects with a message to show. */
  onSave(): Promise<number>;
  /** Reads the other open case pages of the system with the draft. */
  onCheck(): Promise<CaseCheck[]>;
  onClose(): void;
}

const describe = (source: FieldSource | undefined) => (source ? [source.labels.length ? `“${source.labels.join('”, “')}”` : '', source.selector ?? ''].filter(Boolean).join(' · ') : '');

/**
 * The adapter editor beside a live case page: per fact, click the element that holds it (or type
 * the label printed beside it), see at once what the page gives with the mapping so far and which
 * facts it does not find, check it on the system's other open cases, and save it for the team.
 */
export function AdapterEditor({ draft, onDraft, preview, picking, onPick, onSave, onCheck, onClose }: AdapterEditorProps) {
  const { t } = useMessages();
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [checks, setChecks] = useState<CaseCheck[] | null>(null);
  const [busy, setBusy] = useState(false);

  const setField = (field: DraftField, source: FieldSource | undefined) => {
    const fields = { ...draft.fields };
    if (source) fields[field] = source;
    else delete fields[field];
    onDraft({ ...draft, fields });
  };
  const isPicking = (target: PickTarget) => JSON.stringify(picking) === JSON.stringify(target);
  const pickButton = (target: PickTarget, label: string) => (
    <button type="button" class="hr-button hr-button--secondary" aria-pressed={isPicking(target)} aria-label={label} onClick={() => onPick(isPicking(target) ? null : target)}>
      {isPicking(target) ? t('editorPicking') : t('editorPick')}
    </button>
  );

  const save = async () => {
    if (!draft.fields.caseKey) {
      setMessage({ kind: 'error', text: t('editorNeedsCaseKey') });
      return;
    }
    if (!draft.name.trim()) {
      setMessage({ kind: 'error', text: t('editorNeedsName') });
      return;
    }
    setBusy(true);
    try {
      const version = await onSave();
      setMessage({ kind: 'done', text: t('editorSaved', { version }) });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const check = async () => {
    setBusy(true);
    try {
      setChecks(await onCheck());
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const missing = preview ? PREVIEW_FACTS.filter((fact) => previewValue(preview, fact) === undefined) : [];

  return (
    <aside class="hr-editor" aria-labelledby="hr-editor-title">
      <header>
        <h2 id="hr-editor-title">{t('editorTitle')}</h2>
        <button type="button" class="hr-button hr-button--secondary" onClick={onClose}>
          {t('editorClose')}
        </button>
      </header>
      <p class="hr-muted">{t('editorHelp')}</p>
      {picking && (
        <p class="hr-picking" role="status">
          {t('editorPickHelp')}
        </p>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'hr-error' : 'hr-done'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <label for="hr-editor-name">{t('editorName')}</label>
      <input id="hr-editor-name" value={draft.name} onInput={(e) => onDraft({ ...draft, name: e.currentTarget.value })} />
      <label for="hr-editor-matches">{t('editorMatches')}</label>
      <input
        id="hr-editor-matches"
        value={draft.matches.join(' ')}
        onChange={(e) => onDraft({ ...draft, matches: e.currentTarget.value.split(/\s+/).filter(Boolean) })}
      />

      <h3>{t('editorFields')}</h3>
      <ul class="hr-editor-fields">
        {DRAFT_FIELDS.map((field) => (
          <li key={field} data-field={field}>
            <span class="hr-editor-name">{t(`editorField.${field}`)}</span>
            {pickButton({ kind: 'field', field }, t('editorPickFor', { field: t(`editorField.${field}`) }))}
            <input
              aria-label={t('editorLabelFor', { field: t(`editorField.${field}`) })}
              placeholder={t('editorLabelPlaceholder')}
              value={draft.fields[field]?.labels.join(', ') ?? ''}
              onChange={(e) => {
                const labels = e.currentTarget.value.split(',').map((l) => l.trim()).filter(Boolean);
                const selector = draft.fields[field]?.selector;
                setField(field, labels.length || selector ? { labels, ...(selector ? { selector } : {}) } : undefined);
              }}
            />
            <small class="hr-muted" data-source>{describe(draft.fields[field])}</small>
          </li>
        ))}
        <li data-field="need">
          <span class="hr-editor-name">{t('editorField.need')}</span>
          {pickButton({ kind: 'need' }, t('editorPickFor', { field: t('editorField.need') }))}
          <small class="hr-muted" data-source>{draft.need.map(describe).join(' + ')}</small>
          {draft.need.length > 0 && (
            <button type="button" class="hr-link" onClick={() => onDraft({ ...draft, need: [] })}>
              {t('editorClear')}
            </button>
          )}
        </li>
        <li data-field="signals">
          <span class="hr-editor-name">{t('editorField.signals')}</span>
          {pickButton({ kind: 'signals' }, t('editorPickFor', { field: t('editorField.signals') }))}
          <small class="hr-muted" data-source>{draft.signals ?? ''}</small>
        </li>
        <li data-field="zrm">
          <span class="hr-editor-name">{t('editorField.zrm')}</span>
          {pickButton({ kind: 'zrm' }, t('editorPickFor', { field: t('editorField.zrm') }))}
          <small class="hr-muted" data-source>{[draft.zrm.container, draft.zrm.scoreColumn && `“${draft.zrm.scoreColumn}”`].filter(Boolean).join(' · ')}</small>
        </li>
      </ul>

      <h3>{t('editorPreview')}</h3>
      {preview === undefined && <p class="hr-muted">{t('editorPreviewWaiting')}</p>}
      {preview === null && <p class="hr-muted">{t('editorPreviewNothing')}</p>}
      {preview && (
        <>
          <dl class="hr-editor-preview">
            {PREVIEW_FACTS.filter((fact) => previewValue(preview, fact) !== undefined).map((fact) => (
              <>
                <dt>{t(`editorFact.${fact}`)}</dt>
                <dd data-fact={fact}>{previewValue(preview, fact)}</dd>
              </>
            ))}
          </dl>
          {missing.length > 0 && (
            <p class="hr-muted" data-missing={missing.join(' ')}>
              {t('editorMissing', { facts: missing.map((fact) => t(`editorFact.${fact}`)).join(', ') })}
            </p>
          )}
        </>
      )}

      <div class="hr-actions">
        <button type="button" class="hr-button hr-button--secondary" disabled={busy} onClick={() => void check()}>
          {t('editorCheck')}
        </button>
        <button type="button" class="hr-button" disabled={busy} onClick={() => void save()}>
          {t('editorSave')}
        </button>
      </div>
      {checks && (
        <section aria-labelledby="hr-editor-checks">
          <h3 id="hr-editor-checks">{t('editorChecks', { n: checks.length })}</h3>
          <ul>
            {checks.map((c, i) => (
              <li key={i} data-check={c.caseKey ?? ''}>
                {c.caseKey ?? t('editorNoCaseKey')}: {c.missing.length ? t('editorMissing', { facts: c.missing.map((fact) => t(`editorFact.${fact as PreviewFact}`)).join(', ') }) : t('editorAllFound')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
