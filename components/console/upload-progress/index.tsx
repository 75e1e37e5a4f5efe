import { useMessages } from '../../use-messages';

/** How much of a kaart upload has been sent; then that the server is storing it. */
export function UploadProgress({ sent, total }: { sent: number; total: number }) {
  const { t } = useMessages();
  const kb = (bytes: number) => Math.ceil(bytes / 1024);
  const done = total > 0 && sent >= total;
  return (
    <div data-upload-progress>
      <label for="upload-progress">{t('console.upload.progress')}</label>
      {/* Indeterminate while the browser cannot tell the size. */}
      <progress id="upload-progress" max={total || undefined} value={total ? sent : undefined} />
      <p role="status">{done ? t('console.upload.storing') : total ? t('console.upload.sent', { sent: kb(sent), total: kb(total) }) : t('console.upload.sending')}</p>
    </div>
  );
}
