// @vitest-environment happy-dom
/**
 * Field elements are matched once per page read and kept; typing in a known box matches nothing
 * again, while a box the page re-created (or removed) since is noticed and the fields matched anew.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldElements } from '../../../platform/content/fieldElements';
import { currentScreen } from '../../../rules/engine/detect';
import { CONTROL_SELECTOR } from '../../../rules/engine/snapshot';
import { ruleById } from '../../../rules/index';

const DIRI = currentScreen(ruleById('bsre-aktivasi')!, 'data-diri').fields;
const HTML = `<label for="nik">NIK*</label><input id="nik" name="nik">
  <div><span>Nomor HP*</span><input id="hp" name="no_hp"></div><label for="nama">Nama Lengkap*</label><input id="nama">`;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML = HTML;
  const fields = new FieldElements(document);
  fields.refresh(DIRI);
  const spy = vi.spyOn(document, 'querySelectorAll');
  // A new match walks every form control of the page.
  const rematches = () => spy.mock.calls.filter(([selector]) => selector === CONTROL_SELECTOR).length;
  return { fields, rematches };
}

describe('FieldElements', () => {
  it('answers from the last match while the boxes are the same', () => {
    const { fields, rematches } = setUp();
    const nik = document.getElementById('nik') as HTMLInputElement;
    nik.value = '3371';
    expect(fields.fieldFor(nik)).toBe('nik');
    expect(fields.values().get('nik')).toEqual({ kind: 'text', value: '3371' });
    expect(fields.elements().get('nomor-hp')).toEqual([document.getElementById('hp')]);
    expect(rematches()).toBe(0);
  });

  it('ignores a box that is none of the screen’s fields, without matching again', () => {
    const { fields, rematches } = setUp();
    expect(fields.fieldFor(document.getElementById('nama')!)).toBeNull();
    expect(rematches()).toBe(0);
  });

  it('follows a box the page re-created', () => {
    const { fields, rematches } = setUp();
    const fresh = document.createElement('input');
    fresh.name = 'no_hp';
    document.getElementById('hp')!.replaceWith(fresh);
    fresh.value = '0812';
    expect(fields.fieldFor(fresh)).toBe('nomor-hp');
    expect(rematches()).toBe(1);
    expect(fields.elements().get('nomor-hp')).toEqual([fresh]);
    expect(fields.values().get('nomor-hp')).toMatchObject({ kind: 'text', value: '0812' });
  });

  it('matches again when a kept box left the page', () => {
    const { fields } = setUp();
    document.getElementById('nik')!.remove();
    expect(fields.elements().has('nik')).toBe(false);
    expect(fields.elements().has('nomor-hp')).toBe(true);
  });
});
