// @vitest-environment happy-dom
/**
 * The one DOM observer: putting our own host into the page is not a page change (no read follows
 * our own render), but the page taking it out is (a read puts it back).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageEvents } from '../../../platform/content/watch';
import { fakeCtx } from './start';

const flush = () => new Promise((done) => setTimeout(done, 0));
let stop: () => void = () => {};
afterEach(() => {
  stop();
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
  document.body.innerHTML = '';
});

function watching(own: HTMLElement) {
  const { ctx, invalidate } = fakeCtx();
  const changed = vi.fn();
  const events: PageEvents = { changed, own: () => own, place() {}, placeSoon() {}, input() {}, click() {}, submit() {}, activationEnded() {} };
  const watch = watchPage(ctx, document, events);
  stop = () => {
    watch.stop();
    invalidate();
  };
  return changed;
}

describe('watchPage', () => {
  it('our host put into the page, or its own attributes changing, is not a page change', async () => {
    const host = document.createElement('pemandu-tte');
    const changed = watching(host);
    document.documentElement.append(host);
    host.setAttribute('data-step', 'x');
    await flush();
    expect(changed).not.toHaveBeenCalled();
  });

  it('the page removing our host, or adding its own element beside it, is', async () => {
    const host = document.createElement('pemandu-tte');
    document.documentElement.append(host);
    const changed = watching(host);
    host.remove();
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    const decoy = document.createElement('pemandu-tte');
    document.documentElement.append(decoy);
    await flush();
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
