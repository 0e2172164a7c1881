// @vitest-environment happy-dom
/**
 * A text area's text can be what the user typed (or a draft the page's framework put back into
 * it): the snapshot, which feeds detection, the guard and the help code, never reads it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../rules/engine/snapshot';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('snapshot and text areas', () => {
  it('holds none of the text typed into a text area, neither its value nor its text content', () => {
    document.body.innerHTML = `
      <form>
        <h2>Kontak Pribadi</h2>
        <label for="alamat">Alamat Lengkap</label>
        <textarea id="alamat" name="alamat" placeholder="Tulis alamat">Jl. Rahasia No. 7 BUDI SANTOSO</textarea>
        <label>Catatan <textarea name="catatan"></textarea></label>
        <button type="button">Simpan</button>
      </form>`;
    const typed = document.querySelector<HTMLTextAreaElement>('textarea[name="catatan"]')!;
    typed.value = 'Status: SITI AMINAH 081234567890';
    typed.dispatchEvent(new Event('input', { bubbles: true }));

    const snap = takeSnapshot(document);
    const all = JSON.stringify(snap);
    for (const secret of ['Rahasia', 'BUDI', 'SANTOSO', 'SITI', 'AMINAH', '081234567890']) expect(all, secret).not.toContain(secret);
    // What names the text areas is still there: detection and field matching keep working.
    expect(snap.rawText).toContain('Alamat Lengkap');
    expect(snap.controls.map((c) => ({ labels: c.labels, names: c.names, placeholders: c.placeholders, type: c.type }))).toEqual([
      { labels: ['Alamat Lengkap'], names: ['alamat', 'alamat'], placeholders: ['Tulis alamat'], type: 'textarea' },
      { labels: ['Catatan'], names: ['catatan'], placeholders: [], type: 'textarea' },
    ]);
    expect(snap.buttons).toEqual(['Simpan']);
  });
});
