import type { Karya, KaryaListResponse } from '@kinerja/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { FileChooser } from '../../../lib/ui/file-chooser';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { deleteKarya, fetchKarya, uploadKarya } from '../api/evidence-api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { formatBytes } from '../components/format';
import '../evidence.css';

function AddKarya({ list, onAdded }: { list: KaryaListResponse; onAdded: (k: Karya) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  // A new chooser after each saved work: it forgets the name of the file just sent.
  const [saved, setSaved] = useState(0);
  const max = formatBytes(list.maxBytes);
  const submit = async () => {
    setError(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(t('evidence.error.chooseFile'));
    if (chosen.size > list.maxBytes) {
      return setError(
        t('evidence.error.tooLarge', { name: chosen.name, size: formatBytes(chosen.size), max }),
      );
    }
    setProgress(0);
    try {
      onAdded(await uploadKarya({ title, category, file: chosen, onProgress: setProgress }));
      setTitle('');
      setSaved((count) => count + 1);
    } catch (cause) {
      setError(describeError(cause, t));
    } finally {
      setProgress(null);
    }
  };
  return (
    <form
      className="card stack"
      aria-labelledby="karya-add"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="karya-add">{t('evidence.karya.add')}</h2>
      <div className="field">
        <label htmlFor="karya-title">{t('evidence.karya.titleLabel')}</label>
        <input id="karya-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="karya-category">{t('evidence.karya.categoryLabel')}</label>
        <select id="karya-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('evidence.karyaChoose')}</option>
          {list.categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="karya-file">{t('evidence.fileLabel')}</label>
        <p id="karya-file-hint" className="hint">
          {t('evidence.fileHint', { max })}
        </p>
        <FileChooser
          key={saved}
          inputRef={file}
          id="karya-file"
          accept="application/pdf"
          describedBy="karya-file-hint"
        />
      </div>
      {progress !== null ? (
        <progress max={100} value={progress} aria-label={t('evidence.uploadProgress')} />
      ) : null}
      <div role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
        {error}
      </div>
      <button type="submit" className="btn btn-primary" disabled={progress !== null}>
        {t('evidence.karya.save')}
      </button>
    </form>
  );
}

/** /bukti-karya — the employee's works by Kategori Karya: add, open, delete (issue #5 item 1). */
export function BuktiKaryaPage() {
  const { t } = useI18n();
  const [list, setList] = useState<KaryaListResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Karya | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setList(await fetchKarya());
    } catch (cause) {
      setLoadError(describeError(cause, t));
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  const remove = async (karya: Karya) => {
    setPending(true);
    setDeleteError(null);
    try {
      await deleteKarya(karya.id);
      setList((c) => (c ? { ...c, items: c.items.filter((i) => i.id !== karya.id) } : c));
      setDeleting(null);
      setMessage(t('evidence.karya.deleted'));
    } catch (cause) {
      const inUse = cause instanceof ApiError && cause.code === 'KARYA_IN_USE';
      setDeleteError(inUse ? t('evidence.karya.inUse') : describeError(cause, t));
    } finally {
      setPending(false);
    }
  };
  return (
    <Page title={t('evidence.karya.title')}>
      {loadError ? (
        <p role="alert" className="alert alert-error">
          {loadError}
        </p>
      ) : !list ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="stack">
          <p className="lead">{t('evidence.karya.intro')}</p>
          <p role="status" className={message ? 'alert alert-info' : 'alert-empty'}>
            {message}
          </p>
          <AddKarya
            list={list}
            onAdded={(karya) => {
              setList((c) => (c ? { ...c, items: [karya, ...c.items] } : c));
              setMessage(t('evidence.karya.added', { title: karya.title }));
            }}
          />
          {list.items.length === 0 ? <p>{t('evidence.karya.none')}</p> : null}
          {list.categories
            .filter((c) => list.items.some((i) => i.category === c.code))
            .map((category) => (
              <section key={category.code} className="stack" aria-label={category.label}>
                <h2>{category.label}</h2>
                <ul className="evidence-list">
                  {list.items
                    .filter((i) => i.category === category.code)
                    .map((item) => (
                      <li key={item.id} className="card stack">
                        <p className="card-title">{item.title}</p>
                        <p className="evidence-file">
                          {item.file.name} ({formatBytes(item.file.sizeBytes)})
                          {item.usedCount
                            ? ` · ${t('evidence.karya.used', { count: item.usedCount })}`
                            : ''}
                        </p>
                        <div className="actions">
                          <a
                            className="btn btn-secondary"
                            href={item.file.url}
                            target="_blank"
                            rel="noopener"
                            aria-label={t('evidence.checkName', { title: item.title })}
                          >
                            {t('evidence.check')}
                          </a>
                          <button
                            type="button"
                            className="btn btn-danger"
                            aria-label={t('evidence.karya.deleteName', { title: item.title })}
                            onClick={() => {
                              setDeleteError(null);
                              setDeleting(item);
                            }}
                          >
                            {t('evidence.karya.delete')}
                          </button>
                        </div>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('evidence.karya.deleteTitle')}
          body={t('evidence.karya.deleteBody', { title: deleting.title })}
          confirmLabel={t('evidence.karya.delete')}
          cancelLabel={t('evidence.back')}
          error={deleteError}
          isPending={isPending}
          onConfirm={() => void remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </Page>
  );
}
