/**
 * Saving text the server returned (e.g. an audit-log CSV) as a file: a Blob,
 * an object URL and a temporary `<a download>`, the URL revoked afterwards.
 */

/** A file name safe to offer to the browser (no path, no control characters). */
export function safeFilename(name: string, fallback = 'download.txt'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f<>:"|?*]/g, '').trim();
  return clean === '' || clean === '.' || clean === '..' ? fallback : clean;
}

export function downloadText(
  content: string,
  filename: string,
  contentType = 'text/plain;charset=utf-8',
  doc: Document = document,
): void {
  const blob = new Blob([content], { type: contentType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = safeFilename(filename);
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // give the browser a moment to start reading the blob
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
