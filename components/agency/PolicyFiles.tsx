import { useState } from 'preact/hooks';
import type { PolicyFile } from '../../rules/agencyPolicy/files';
import { format, type Locale } from '../../rules/locales';
import { agencyCopy } from './copy';

/** Offers a text as a file from memory (Blob + a[download]): no network, nothing stored. */
function download(file: PolicyFile) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The ready policy files, each to read, copy or download. */
export function PolicyFiles({ files, locale }: { files: readonly PolicyFile[]; locale: Locale }) {
  const c = agencyCopy[locale];
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (f: PolicyFile) => {
    try {
      await navigator.clipboard.writeText(f.text);
      setCopied(f.id);
    } catch {
      setCopied(null);
    }
  };
  return (
    <div data-testid="policy-files">
      {files.map((f) => (
        <details key={f.id} class="policy-file" data-file={f.id}>
          <summary>
            {c[`file-${f.id}`]} <span class="muted">{f.fileName}</span>
          </summary>
          {f.refused ? (
            <p role="alert" data-testid={`file-${f.id}-refused`}>
              {c.fileRefusedXml}
            </p>
          ) : (
            <pre tabIndex={0} aria-label={c[`file-${f.id}`]} data-testid={`file-${f.id}`}>
              {f.text}
            </pre>
          )}
          {!f.refused && <p class="links">
            <button type="button" onClick={() => void copy(f)}>
              {c.copy}
            </button>
            <button type="button" onClick={() => download(f)} data-download={f.fileName}>
              {format(c.download, { file: f.fileName })}
            </button>
            <span role="status">{copied === f.id ? c.copied : ''}</span>
          </p>}
        </details>
      ))}
    </div>
  );
}
