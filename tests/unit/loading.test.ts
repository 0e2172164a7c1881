// @vitest-environment happy-dom
/** Loading signs: what makes the content script wait instead of saying "looks different". */
import { afterEach, describe, expect, it } from 'vitest';
import { hasLoadingText, isLoading } from '../../rules/engine/loading';
import { takeSnapshot } from '../../rules/engine/snapshot';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('loading signs', () => {
  it.each([
    ['memuat…', true],
    ['sedang memuat data', true],
    ['loading...', true],
    ['mohon tunggu', true],
    ['harap tunggu sebentar', true],
    ['please wait', true],
    ['beranda | memuat… | helpdesk', true],
    // A sentence that contains the word is not a loading sign; nor is a longer word.
    ['sertifikat elektronik memuat identitas pemilik dan masa berlakunya.', false],
    ['memuatkan', false],
    ['status: not_registered', false],
    ['', false],
  ])('text %j → %s', (text, want) => {
    expect(hasLoadingText(text)).toBe(want);
  });

  it.each([
    ['<main><p class="spinner">Memuat…</p></main>', true],
    ['<main aria-busy="true"><h1>Sertifikat Elektronik BSrE</h1></main>', true],
    ['<div role="progressbar" aria-label="Memproses"></div>', true],
    ['<progress></progress>', true],
    // A progress bar with a value is a wizard's progress, not loading; hidden signs do not count.
    ['<div role="progressbar" aria-valuenow="2" aria-valuemax="3">Langkah 2</div>', false],
    ['<progress value="2" max="3"></progress>', false],
    ['<p hidden>Memuat…</p><div aria-hidden="true" aria-busy="true"></div><h1>Sertifikat Elektronik BSrE</h1>', false],
    ['<main aria-busy="false"><h1>Sertifikat Elektronik BSrE</h1><p>Status: ACTIVE</p></main>', false],
  ])('page %s → %s', (html, want) => {
    document.body.innerHTML = html;
    expect(isLoading(takeSnapshot(document))).toBe(want);
  });
});
