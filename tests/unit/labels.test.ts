// @vitest-environment happy-dom
/**
 * Labels as a person sees them, when the portal's markup gives nothing else: every input here has
 * a meaningless name (x1) and no placeholder, so its label text is the only way to the rule field.
 * The snapshot (detection) and the content script (checks, submit guard) share one implementation.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldOf, findFieldElements, readValues } from '../../platform/content/fieldElements';
import { detect } from '../../rules/engine/detect';
import { matchField } from '../../rules/engine/match';
import { controlPrefix } from '../../rules/engine/prefix';
import { controlLabels, describeControl, takeSnapshot } from '../../rules/engine/snapshot';
import { ruleById } from '../../rules';
import type { FieldRule } from '../../rules/schema';
import { URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { detectAll } from '../fixtures/kit';

const stepFields = (page: string, step: string): FieldRule[] => ruleById(page)!.steps!.find((s) => s.id === step)!.fields;
const DIRI = stepFields('bsre-aktivasi', 'data-diri');
const DINAS = stepFields('bsre-aktivasi', 'data-kedinasan');
const KONTAK = stepFields('myasn-kontak-pribadi', 'form');

/** Renders `html` and returns the field the input marked data-t is matched to, by both consumers. */
function fieldFor(html: string, fields: readonly FieldRule[]): string | null {
  document.body.innerHTML = `<form>${html}</form>`;
  const el = document.querySelector('[data-t]')!;
  const viaSnapshot = matchField(describeControl(el), fields)?.field ?? null;
  expect(fieldOf(el, fields), 'content script and snapshot disagree').toBe(viaSnapshot);
  return viaSnapshot;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('labels of inputs without for=, name or placeholder', () => {
  it('climbs to the label of the wrapper: form-group > label + div > input', () => {
    const html = '<div class="form-group"><label>NIK*</label><div class="col"><input name="x1" data-t></div></div>';
    expect(fieldFor(html, DIRI)).toBe('nik');
    document.body.innerHTML = html;
    expect(findFieldElements(document, DIRI).get('nik')).toHaveLength(1);
  });

  it('skips an input-group addon such as +62', () => {
    const html =
      '<div class="form-group"><label>Nomor HP</label><div class="input-group"><span class="input-group-text">+62</span><input name="x1" type="tel" data-t></div></div>';
    expect(fieldFor(html, DIRI)).toBe('nomor-hp');
    expect(controlLabels(document.querySelector('[data-t]')!)).toEqual(['Nomor HP']);
  });

  it('skips help text between the label and the input', () => {
    const html = '<label>NIK</label><small>16 digit nomor KTP</small><input name="x1" data-t>';
    expect(fieldFor(html, DIRI)).toBe('nik');
    expect(controlLabels(document.querySelector('[data-t]')!)).toEqual(['NIK']);
  });

  it('skips help text the input points to with aria-describedby', () => {
    const html = '<div><span>Nomor HP</span><span id="h1">Nomor WhatsApp aktif</span><input name="x1" aria-describedby="h1" data-t></div>';
    expect(fieldFor(html, DIRI)).toBe('nomor-hp');
  });

  it('reads a grid row: col-3 label, col-9 input', () => {
    const html = '<div class="row"><div class="col-3"><label>NIP / NRP</label></div><div class="col-9"><input name="x1" data-t></div></div>';
    expect(fieldFor(html, DINAS)).toBe('nip');
  });

  it('follows aria-labelledby to a heading', () => {
    const html = '<h3 id="judul-nik">Nomor Induk Kependudukan (NIK)</h3><div><input name="x1" aria-labelledby="judul-nik" data-t></div>';
    expect(fieldFor(html, DIRI)).toBe('nik');
  });

  it('falls back to the nearby label when aria-labelledby points nowhere', () => {
    const html = '<div><label>NIK</label><div><input name="x1" aria-labelledby="missing" data-t></div></div>';
    expect(fieldFor(html, DIRI)).toBe('nik');
  });

  it('reads a wrapping label', () => {
    expect(fieldFor('<label>NIK <input name="x1" data-t></label>', DIRI)).toBe('nik');
  });

  it('reads a MUI-like field with helper text after the input', () => {
    const html = '<div><label>Email Dinas</label><div><input name="x1" type="email" data-t></div><p>Gunakan email instansi.</p></div>';
    expect(fieldFor(html, KONTAK)).toBe('email-dinas');
  });

  it('reads text right before the input in the same container', () => {
    expect(fieldFor('<div><span>Kode OTP</span><input name="x1" data-t></div>', DIRI)).toBe('otp');
    expect(fieldFor('<div>NIK <input name="x1" data-t></div>', DIRI)).toBe('nik');
  });

  it('reads a legend of a one-field fieldset', () => {
    expect(fieldFor('<fieldset><legend>Nomor HP</legend><input name="x1" data-t></fieldset>', DIRI)).toBe('nomor-hp');
  });

  it("does not take another field's label", () => {
    // The NIK label belongs to the first input; the second has nothing of its own.
    expect(fieldFor('<label>NIK</label><input name="a1"><input name="x1" data-t>', DIRI)).toBeNull();
    // A label whose for= names another control.
    expect(fieldFor('<label for="other">NIK</label><div><input id="other" name="a1"></div><div><input name="x1" data-t></div>', DIRI)).toBeNull();
    // The previous form group's label, across the group boundary.
    expect(fieldFor('<div><label>NIK</label><div><input name="a1"></div></div><div><div><input name="x1" data-t></div></div>', DIRI)).toBeNull();
    // A section heading is not a field label.
    expect(fieldFor('<h2>NIK dan Nomor HP</h2><div><input name="x1" data-t></div>', DIRI)).toBeNull();
  });

  it('keeps explicit labels first', () => {
    const html = '<label>Nomor HP</label><label for="i1">NIK</label><input id="i1" name="x1" data-t>';
    expect(fieldFor(html, DIRI)).toBe('nik');
    expect(controlLabels(document.querySelector('[data-t]')!)).toEqual(['NIK']);
  });

  it('never throws on odd markup', () => {
    document.body.innerHTML = '<input name="x1" aria-labelledby="  ">';
    const el = document.querySelector('input')!;
    expect(() => describeControl(el)).not.toThrow();
    const detached = document.createElement('input');
    expect(describeControl(detached).labels).toEqual([]);
  });
});

describe('the box in front of an input (input-group addon)', () => {
  const prefixOf = (html: string) => {
    document.body.innerHTML = `<form>${html}</form>`;
    return controlPrefix(document.querySelector('[data-t]')!);
  };

  it('reads a +62 box, in the shapes component libraries render it', () => {
    // Bootstrap 5, Bootstrap 4 (prepend wrapper), MUI-like adornment, plain text before the input.
    expect(prefixOf('<label>Nomor HP</label><div class="input-group"><span class="input-group-text">+62</span><input data-t></div>')).toBe('+62');
    expect(prefixOf('<label>Nomor HP</label><div class="input-group"><div class="input-group-prepend"><span>+62</span></div><input data-t></div>')).toBe('+62');
    expect(prefixOf('<label>Nomor HP</label><div class="root"><div class="adornment"><p>(+62)</p></div><div><input data-t></div></div>')).toBe('(+62)');
    expect(prefixOf('<div><span>Nomor HP</span><div>+62 <input data-t></div></div>')).toBe('+62');
    expect(prefixOf('<div class="input-group"><span>🇮🇩 +62</span><i class="icon"></i><input data-t></div>')).toBe('🇮🇩 +62');
  });

  it('finds no box where the text in front is a label, help, or another control', () => {
    expect(prefixOf('<label for="a">Nomor Handphone *</label><input id="a" data-t>')).toBeUndefined();
    expect(prefixOf('<div><span class="label">Nomor Telepon</span><input data-t></div>')).toBeUndefined();
    expect(prefixOf('<label>Nomor HP</label><div><input data-t></div>')).toBeUndefined();
    expect(prefixOf('<div><select><option>+62</option></select><input data-t></div>')).toBeUndefined();
    expect(prefixOf('<div><span>+62</span><input name="a"><input data-t></div>')).toBeUndefined();
    expect(prefixOf('<div><span hidden>+62</span><span>Nomor HP</span><input data-t></div>')).toBeUndefined();
    expect(prefixOf('<input data-t>')).toBeUndefined();
  });

  it('is found on the bare replica\'s Nomor HP, and passed on with its value', () => {
    loadReplica(`${URLS.AKTIVASI}?replica=markup:bare`);
    const hp = findFieldElements(document, DIRI).get('nomor-hp')!;
    expect(controlPrefix(hp[0]!)).toBe('+62');
    hp[0]!.value = '81234567890';
    expect(readValues(findFieldElements(document, DIRI)).get('nomor-hp')).toEqual({ kind: 'text', value: '81234567890', prefix: '+62' });
  });
});

describe('the aktivasi replica with bare markup (?replica=markup:bare)', () => {
  const url = `${URLS.AKTIVASI}?replica=markup:bare`;

  it('has no useful name, id or placeholder on the Data Diri inputs', () => {
    loadReplica(url);
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('[data-replica-step="data-diri"] input'));
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    for (const i of inputs) {
      expect(i.id).toBe('');
      expect(i.placeholder).toBe('');
      expect(i.labels?.length ?? 0).toBe(0);
      expect(matchField({ ...describeControl(i), labels: [] }, DIRI)).toBeNull();
    }
  });

  it('detects the step with every field present', () => {
    loadReplica(url);
    const got = detectAll(URLS.AKTIVASI, takeSnapshot(document));
    expect(got).toMatchObject({ page: 'bsre-aktivasi', step: 'data-diri', missing: [] });
  });

  it('finds NIK, Nomor HP and, once shown, Kode OTP for the checks', () => {
    loadReplica(url);
    let found = findFieldElements(document, DIRI);
    expect([...found.keys()].sort()).toEqual(['nik', 'nomor-hp']);
    expect(found.get('nik')![0]!.name).toBe('x3');
    expect(found.get('nomor-hp')![0]!.name).toBe('x4');
    (Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Kirim Kode OTP') as HTMLButtonElement).click();
    found = findFieldElements(document, DIRI);
    expect(found.get('otp')?.[0]?.name).toBe('x5');
  });
});
