// @vitest-environment happy-dom
/**
 * Keyboard and voice use of the panel: the language switch and the TTE button are named by the
 * text they show; Escape folds the panel and gives focus back to the page element it came from.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { h, render as draw } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { OverlayModel } from '../../../components/model';
import type { PanelActions } from '../../../components/Panel';
import { ModelPanel } from '../../fixtures/panel';
import { LOCALES, nextLocale } from '../../../rules/locales';
import { model as certificate, state } from './overlayModel';

const model = (over: Partial<OverlayModel> = {}): OverlayModel =>
  certificate({ state: state({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' }), canCopyCode: false, ...over });

function Harness({ onToggle }: { onToggle: () => void }) {
  const [collapsed, setCollapsed] = useState(false);
  const actions: PanelActions = {
    // happy-dom makes no trusted event: its key presses and clicks stand for a person's.
    isPerson: () => true,
    onToggle: () => {
      onToggle();
      setCollapsed((c) => !c);
    },
    onLocale: () => {},
    onSubmitAnyway: () => {},
    onDismissGuard: () => {},
  };
  return h('div', null, h('input', { 'aria-label': 'NIP' }), h(ModelPanel, { model: model({ collapsed }), actions, announcement: '' }));
}

afterEach(cleanup);

describe('panel focus and names', () => {
  // The switch shows the next language's code (ID → EN → … → ID).
  it.each(LOCALES.map((l) => [l, new RegExp(`^${nextLocale(l).toUpperCase()}\\b`)] as const))('%s: the language switch is named by the text it shows first', (locale, name) => {
    const { container } = render(h(ModelPanel, { model: model({ locale }), actions: { onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} }, announcement: '' }));
    const button = container.querySelector('[data-action="locale"]')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(screen.getByRole('button', { name })).toBe(button);
  });

  it('shows the error count in the TTE button name, after what it shows', () => {
    const finding = { field: 'nik', verdict: 'error', reason: 'length', params: { count: 15 } };
    render(h(ModelPanel, { model: model({ collapsed: true, findings: [finding] as never }), actions: { onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} }, announcement: '' }));
    expect(screen.getByRole('button', { name: /^TTE 1 perlu diperbaiki\. Buka Pemandu TTE$/ })).toBeTruthy();
  });

  it('Escape folds the panel and gives focus back to the page field it came from', async () => {
    const onToggle = vi.fn();
    const { container } = render(h(Harness, { onToggle }));
    const field = screen.getByRole('textbox', { name: 'NIP' });
    field.focus();
    const collapse = container.querySelector<HTMLButtonElement>('[data-action="collapse"]')!;
    // Focus moves from the field into the panel (what Tab does).
    collapse.focus();
    fireEvent.focusIn(collapse, { relatedTarget: field });
    fireEvent.keyDown(collapse, { key: 'Escape' });
    expect(onToggle).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(field);
    expect(container.querySelector('[data-action="expand"]')).not.toBeNull();
  });

  it('other keys do nothing; "–" by keyboard hands focus to the TTE button, and TTE back to "–"', async () => {
    const onToggle = vi.fn();
    const { container, findByRole } = render(h(Harness, { onToggle }));
    const collapse = container.querySelector<HTMLButtonElement>('[data-action="collapse"]')!;
    collapse.focus();
    fireEvent.keyDown(collapse, { key: 'Enter' });
    expect(onToggle).not.toHaveBeenCalled();
    fireEvent.click(collapse);
    const fab = await findByRole('button', { name: /^TTE/ });
    expect(document.activeElement).toBe(fab);
    fireEvent.click(fab);
    await findByRole('button', { name: 'Kecilkan panel' });
    expect(document.activeElement).toBe(container.querySelector('[data-action="collapse"]'));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  /** Like the content script: every toggle renders again at once with preact render(), no act(). */
  function controllerLike() {
    const page = document.body.appendChild(document.createElement('div'));
    page.innerHTML = '<input aria-label="NIP"><div></div>';
    const c = page.lastElementChild as HTMLElement;
    onTestFinished(() => {
      draw(null, c);
      page.remove();
    });
    let collapsed = false;
    const actions: PanelActions = {
      isPerson: () => true,
      onToggle: () => {
        collapsed = !collapsed;
        paint();
      },
      onLocale: () => {},
      onSubmitAnyway: () => {},
      onDismissGuard: () => {},
    };
    const paint = () => draw(h(ModelPanel, { model: model({ collapsed }), actions, announcement: '' }), c);
    paint();
    return { c, field: page.querySelector('input')!, button: (a: string) => c.querySelector<HTMLButtonElement>(`[data-action="${a}"]`) };
  }
  const frames = () => new Promise((r) => setTimeout(r, 100));

  it('a busy computer: TTE pressed right after Escape, before a frame was painted, still hands focus to "–"', async () => {
    const { c, field, button } = controllerLike();
    await frames();
    field.focus();
    button('collapse')!.focus();
    button('collapse')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, relatedTarget: field }));
    button('collapse')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(field);
    // No frame in between (the folding render's effects have not run): Tab to TTE and Enter.
    button('expand')!.focus();
    button('expand')!.click();
    expect(document.activeElement).toBe(button('collapse'));
    await frames();
    expect(c.querySelector('.pt-panel')).not.toBeNull();
    expect(document.activeElement).toBe(button('collapse'));
    // And straight back: "–" hands focus to TTE in the same way.
    button('collapse')!.click();
    expect(document.activeElement).toBe(button('expand'));
  });

  it('never takes focus the user moved elsewhere before the panel rendered again', async () => {
    const { container } = render(h(Harness, { onToggle: () => {} }));
    const field = screen.getByRole('textbox', { name: 'NIP' });
    const collapse = container.querySelector<HTMLButtonElement>('[data-action="collapse"]')!;
    collapse.focus();
    // A plain click (no act): the state change renders later; meanwhile the user clicks into the field.
    collapse.click();
    field.focus();
    await frames();
    expect(container.querySelector('[data-action="expand"]')).not.toBeNull();
    expect(document.activeElement).toBe(field);
  });
});

describe('a held click and focus', () => {
  it('a new hold takes focus to its notice once; typing in a field meanwhile keeps focus there', () => {
    const c = document.createElement('div');
    document.body.append(c);
    onTestFinished(() => {
      draw(null, c);
      c.remove();
    });
    const field = document.createElement('input');
    document.body.append(field);
    const actions: PanelActions = { isPerson: () => true, onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} };
    const guard = (count: number) => ({ button: 'Simpan', mode: 'held' as const, problems: [{ field: 'nik' as const, verdict: 'error' as const, reason: 'length' as const, params: { count } }] });
    const paint = (count: number) => draw(h(ModelPanel, { model: model({ guard: guard(count) }), actions, announcement: '' }), c);
    paint(15);
    expect(document.activeElement?.closest('[data-guard]')).not.toBeNull();
    // The user goes back to the field and types: each verdict re-renders the panel, the hold stands.
    field.focus();
    paint(14);
    paint(13);
    expect(document.activeElement).toBe(field);
    field.remove();
  });
});
