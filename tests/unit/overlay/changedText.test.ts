/** What a batch of mutations touched, as the hints read it (entrypoints/content/changedText.ts). */
import { describe, expect, it } from 'vitest';
import { changedTexts, changesStructure } from '../../../entrypoints/content/changedText';

/** The records of what `change` does to a fresh tree, as the content script's observer gets them. */
async function recordsOf(html: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  change(root);
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return records;
}

describe('changedTexts', () => {
  it('reads text put in with the element around it, where a split marker is whole again', async () => {
    const records = await recordsOf('<h2>Buat <span id="s">x</span></h2>', (root) => {
      root.querySelector('h2')!.lastChild!.remove();
      root.querySelector('h2')!.append('Passphrase');
    });
    expect([...changedTexts(records, undefined)].join(' | ')).toContain('Buat Passphrase');
  });

  it('skips what happens inside our own host', async () => {
    const records = await recordsOf('<p id="own">a</p>', (root) => {
      root.querySelector('#own')!.textContent = 'Buat Passphrase';
    });
    expect([...changedTexts(records, document.getElementById('own')!)]).toEqual([]);
  });
});

describe('changesStructure', () => {
  it('is false for text only (a cell, a counter)', async () => {
    const records = await recordsOf('<span>c1</span><span>c2</span>', (root) => {
      root.firstElementChild!.textContent = 'x1';
      root.lastElementChild!.firstChild!.nodeValue = 'x2';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(changesStructure(records, undefined)).toBe(false);
  });

  it('is true for an element put in or taken out, and for a part shown or hidden', async () => {
    expect(changesStructure(await recordsOf('<p>a</p>', (root) => root.append(document.createElement('input'))), undefined)).toBe(true);
    expect(changesStructure(await recordsOf('<p>a</p>', (root) => root.firstElementChild!.remove()), undefined)).toBe(true);
    expect(changesStructure(await recordsOf('<p>a</p>', (root) => ((root.firstElementChild as HTMLElement).hidden = true)), undefined)).toBe(true);
  });
});
