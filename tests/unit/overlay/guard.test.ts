// @vitest-environment happy-dom
/**
 * The submit guard's decisions with a stand-in overlay: it holds a click only when the overlay says
 * "Tetap lanjutkan" is usable; it never throws into the page; after "Tetap lanjutkan" exactly one
 * click on the same button (or the button the page re-created in its place) goes through; and the
 * label it shows is the button's or the form's own, never text the user typed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvaluatedFinding } from '../../../rules/engine/evaluate';
import { SubmitGuard, submitLabel, type GuardHost, type GuardNotice } from '../../../platform/content/guard';

const NIK: EvaluatedFinding = { field: 'nik', verdict: 'error', reason: 'length', params: { count: 5 } } as EvaluatedFinding;

let shown: Array<GuardNotice | null>;
let usable: boolean | (() => boolean);
let problems: () => EvaluatedFinding[];
let guard: SubmitGuard;
let pageClicks: string[];
/** Whether the guard takes a click for a person's (happy-dom makes no trusted event). */
let person: boolean;

function setup(html: string) {
  cleanups.splice(0).forEach((f) => f());
  document.body.innerHTML = html;
  shown = [];
  usable = true;
  problems = () => [NIK];
  pageClicks = [];
  person = true;
  const host: GuardHost = {
    submitWord: (el) => (/simpan/i.test(el.textContent ?? '') ? 'Simpan' : /next/i.test(el.textContent ?? '') ? 'Next' : el.localName === 'form' ? 'Simpan' : null),
    problems: () => problems(),
    show: (n) => {
      shown.push(n);
      return n?.mode === 'held' && (typeof usable === 'function' ? usable() : usable);
    },
    isOwn: () => false,
    isPerson: () => person,
  };
  guard = new SubmitGuard(host);
  const onClick = (e: Event) => guard.onClick(e);
  window.addEventListener('click', onClick, { capture: true });
  // The page's own handler, after ours.
  const onPage = (e: Event) => pageClicks.push((e.target as Element).id);
  document.addEventListener('click', onPage);
  cleanups.push(() => {
    window.removeEventListener('click', onClick, { capture: true });
    document.removeEventListener('click', onPage);
  });
}
const cleanups: Array<() => void> = [];
const last = () => shown[shown.length - 1];
const click = (id: string) => (document.getElementById(id) as HTMLElement).click();

beforeEach(() => setup('<form id="f"><textarea id="t"></textarea><button type="button" id="save">Simpan</button></form><button id="other">Next</button>'));
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('SubmitGuard', () => {
  it('holds a click with problems when the overlay can be used; release replays it and lets the next click by a person through', () => {
    click('save');
    expect(pageClicks).toEqual([]);
    expect(last()).toMatchObject({ mode: 'held', label: 'Simpan' });
    guard.release();
    expect(pageClicks).toEqual(['save']);
    expect(last()).toBeNull();
    // A page that ignores clicks no person made did nothing with the replay: the person's next click goes through.
    click('save');
    expect(pageClicks).toEqual(['save', 'save']);
    // Only that one: the click after it is judged again.
    click('save');
    expect(pageClicks).toEqual(['save', 'save']);
    expect(last()?.mode).toBe('held');
  });

  it('the pass after release is for a person only, and ends when the step changes', () => {
    click('save');
    guard.release();
    person = false;
    click('save');
    expect(pageClicks).toEqual(['save']);
    expect(last()?.mode).toBe('held');
    person = true;
    guard.dismiss();
    click('save');
    guard.release();
    guard.reset();
    click('save');
    expect(pageClicks).toEqual(['save', 'save']);
    expect(last()?.mode).toBe('held');
  });

  it('a second, separate activation of the held button passes: the way through for a keyboard user a focus trap keeps from the panel', () => {
    click('save');
    expect(pageClicks).toEqual([]);
    // A key held down repeats the press: still the same activation, still held.
    click('save');
    expect(pageClicks).toEqual([]);
    expect(last()?.mode).toBe('held');
    guard.activationEnded(new KeyboardEvent('keyup', { key: 'Enter' }));
    click('save');
    expect(pageClicks).toEqual(['save']);
    expect(last()).toBeNull();
  });

  it('the second click of a double click is not a new activation; a page script cannot release a held click', () => {
    click('save');
    guard.activationEnded(new Event('pointerup'));
    document.getElementById('save')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 2 }));
    expect(pageClicks).toEqual([]);
    person = false;
    guard.activationEnded(new Event('pointerup'));
    document.getElementById('save')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
    expect(pageClicks).toEqual([]);
    expect(last()?.mode).toBe('held');
  });

  it('another submit button is judged on its own while one is held', () => {
    click('save');
    guard.activationEnded(new Event('pointerup'));
    click('other');
    expect(pageClicks).toEqual([]);
    expect(last()).toMatchObject({ mode: 'held', label: 'Next' });
  });

  it('lets the click through, and still shows the problems, when the overlay is not usable', () => {
    usable = false;
    click('save');
    expect(pageClicks).toEqual(['save']);
    expect(last()).toMatchObject({ mode: 'passed', label: 'Simpan', problems: [NIK] });
    // Nothing is held: "Tetap lanjutkan" has nothing to release.
    guard.release();
    expect(pageClicks).toEqual(['save']);
  });

  it('lets the click through when rendering the held state throws, and never throws into the page', () => {
    usable = () => {
      throw new Error('render failed');
    };
    const errors = vi.fn();
    window.addEventListener('error', errors);
    click('save');
    window.removeEventListener('error', errors);
    expect(pageClicks).toEqual(['save']);
    expect(errors).not.toHaveBeenCalled();
    expect(last()?.mode).toBe('passed');
  });

  it('lets the click through when reading the problems throws', () => {
    problems = () => {
      throw new Error('hostile DOM');
    };
    click('save');
    expect(pageClicks).toEqual(['save']);
  });

  it('re-created button: asks to click again, lets the next click on the new button through, once', () => {
    click('save');
    const fresh = document.createElement('button');
    fresh.type = 'button';
    fresh.id = 'save2';
    fresh.textContent = ' Simpan ';
    document.getElementById('save')!.replaceWith(fresh);
    guard.release();
    expect(pageClicks).toEqual([]);
    expect(last()).toMatchObject({ mode: 'again', label: 'Simpan' });
    click('save2');
    expect(pageClicks).toEqual(['save2']);
    expect(last()).toBeNull();
    click('save2');
    expect(pageClicks).toEqual(['save2']);
    expect(last()?.mode).toBe('held');
  });

  it('re-created form and button: the same label in a form with the same id passes', () => {
    click('save');
    document.body.innerHTML = '<form id="f"><button type="button" id="save3">Simpan</button></form>';
    guard.release();
    click('save3');
    expect(pageClicks).toEqual(['save3']);
  });

  it('the pass is for the equivalent button only: another label, or the same label in another form, is judged', () => {
    click('save');
    document.getElementById('save')!.remove();
    guard.release();
    click('other');
    expect(pageClicks).toEqual([]);
    expect(last()).toMatchObject({ mode: 'held', label: 'Next' });

    setup('<form id="a"><button type="button" id="sa">Simpan</button></form><form id="b"><button type="button" id="sb">Simpan</button></form>');
    click('sa');
    guard.release();
    expect(pageClicks).toEqual(['sa']);
    click('sa');
    // Released once, now held again; a "Simpan" of another form is its own button.
    guard.release();
    click('sb');
    expect(pageClicks).toEqual(['sa', 'sa']);
    expect(last()?.mode).toBe('held');
  });

  it('a later click with nothing wrong clears a stale "click again" notice', () => {
    click('save');
    document.getElementById('save')!.remove();
    guard.release();
    expect(last()?.mode).toBe('again');
    problems = () => [];
    click('other');
    expect(pageClicks).toEqual(['other']);
    expect(last()).toBeNull();
  });

  it('dismiss closes the notice and hands back its problems', () => {
    click('save');
    expect(guard.dismiss()).toEqual([NIK]);
    expect(last()).toBeNull();
    guard.release();
    expect(pageClicks).toEqual([]);
  });
});

describe('submitLabel', () => {
  it('a button: its own text', () => {
    document.body.innerHTML = '<button id="b"> Kirim  Kode OTP </button><input type="submit" id="i" value="Simpan">';
    expect(submitLabel(document.getElementById('b')!)).toBe('Kirim Kode OTP');
    expect(submitLabel(document.getElementById('i')!)).toBe('Simpan');
  });

  it('a form: its default button, else aria-label, aria-labelledby, legend or heading — never what was typed', () => {
    const secret = 'Jl. Rahasia No. 7';
    const typeIn = () => {
      const t = document.querySelector('textarea')!;
      t.value = secret;
      t.textContent = secret; // as a framework that renders its state as the text area's text
      const ed = document.querySelector('[contenteditable]');
      if (ed) ed.textContent = secret;
    };
    const label = (html: string) => {
      document.body.innerHTML = html;
      typeIn();
      return submitLabel(document.querySelector('form')!);
    };
    expect(label('<form><textarea></textarea><button>Simpan</button></form>')).toBe('Simpan');
    expect(label('<form aria-label="Kontak Pribadi"><textarea></textarea></form>')).toBe('Kontak Pribadi');
    expect(label('<h2 id="h">Alamat</h2><form aria-labelledby="h"><textarea></textarea></form>')).toBe('Alamat');
    expect(label('<form><fieldset><legend>Data Diri</legend><textarea></textarea></fieldset></form>')).toBe('Data Diri');
    expect(label('<form><h3>Kontak</h3><textarea></textarea><div contenteditable="true"></div></form>')).toBe('Kontak');
    // Only typed text around: no label rather than the form's text.
    expect(label('<form><textarea></textarea><div contenteditable="true"></div></form>')).toBe('');
    expect(label('<form><h3><span contenteditable="true"></span></h3><textarea></textarea></form>')).toBe('');
  });
});
