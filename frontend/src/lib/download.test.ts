import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, safeFilename } from './download';

describe('safeFilename', () => {
  it('keeps a plain name and strips paths and odd characters', () => {
    expect(safeFilename('kesu-audit-20261124-120000.csv')).toBe('kesu-audit-20261124-120000.csv');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a\u0000b<c>.csv')).toBe('abc.csv');
    expect(safeFilename('..', 'x.csv')).toBe('x.csv');
    expect(safeFilename('', 'x.csv')).toBe('x.csv');
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clicks a temporary download link for a blob with the content, then cleans up', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:kesu/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const inDocument: boolean[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      inDocument.push(document.body.contains(this));
    });

    const csv = '\uFEFFid,action\r\n1,customer.reveal\r\n';
    downloadText(csv, 'kesu-audit.csv', 'text/csv; charset=utf-8');

    expect(click).toHaveBeenCalledTimes(1);
    expect(inDocument).toEqual([true]);
    const a = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(a?.download).toBe('kesu-audit.csv');
    expect(a?.getAttribute('href')).toBe('blob:kesu/1');
    expect(a !== undefined && document.body.contains(a)).toBe(false);
    expect(blobs[0]?.type).toBe('text/csv; charset=utf-8');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:kesu/1');

    // the file holds the text as UTF-8, BOM included (spreadsheet programs need it for Chinese)
    vi.useRealTimers();
    const bytes = new Uint8Array(await readBlob(blobs[0]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });
});

function readBlob(blob: Blob | undefined): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}
