// @vitest-environment happy-dom
/** What a batch of mutations touched, as the hints read it (platform/content/changedText.ts). */
import { describe, expect, it } from 'vitest';
import { changedTexts, readingHint } from '../../../platform/content/changedText';
import { hostValues, hostWords } from '../../../rules/engine/changeHint';
import { employeeValues } from '../../../rules/engine/employee';
import { statusValues } from '../../../rules/engine/readStatus';
import { pageRules } from '../../../rules/index';

/** The records of what `change` does to a fresh tree, as the content script's observer gets them. */
async function recordsOf(html: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeFilter: ['hidden'] });
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
    expect(changedTexts(records, undefined).join(' | ')).toContain('Buat Passphrase');
  });

  it('skips changes of our own host', async () => {
    const records = await recordsOf('<p id="own">a</p>', (root) => {
      root.querySelector('#own')!.textContent = 'Buat Passphrase';
    });
    expect(changedTexts(records, records[0]!.target)).toEqual([]);
  });
});

describe('readingHint (a known page on myasn)', () => {
  const hint = readingHint(hostWords(pageRules, 'myasn.bkn.go.id'), hostValues([...employeeValues(), ...statusValues()]));
  const cells = '<span>c1</span><span>c2</span><p>Status: <b>ACTIVE</b></p><dl><dt>Email BSrE</dt><dd>eko@pns.magelangkota.go.id</dd></dl>';

  it('says no for cell text that holds none of its words or values', async () => {
    const records = await recordsOf(cells, (root) => {
      root.firstElementChild!.textContent = 'x1';
      root.children[1]!.firstChild!.nodeValue = 'x2';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(hint(records, undefined)).toBe(false);
  });

  it('says yes for an element put in or taken out, and for a part shown or hidden', async () => {
    expect(hint(await recordsOf(cells, (root) => root.append(document.createElement('input'))), undefined)).toBe(true);
    expect(hint(await recordsOf(cells, (root) => root.firstElementChild!.remove()), undefined)).toBe(true);
    expect(hint(await recordsOf(cells, (root) => ((root.firstElementChild as HTMLElement).hidden = true)), undefined)).toBe(true);
  });

  it('says yes for a status that changes and for an address that goes (its old value)', async () => {
    expect(hint(await recordsOf(cells, (root) => (root.querySelector('b')!.firstChild!.nodeValue = 'EXPIRED')), undefined)).toBe(true);
    expect(hint(await recordsOf(cells, (root) => (root.querySelector('dd')!.firstChild!.nodeValue = '-')), undefined)).toBe(true);
  });

  it('leaves out our own host put in, but not our host taken out by the page (the next read puts it back)', async () => {
    const host = document.createElement('pemandu-tte');
    const records = await recordsOf(cells, (root) => root.append(host));
    expect(hint(records, host)).toBe(false);
    const removed = await recordsOf(cells, (root) => {
      root.append(host);
      host.remove();
    });
    expect(hint(removed, host)).toBe(true);
  });

  it('reads an element shared by many records once', async () => {
    const records = await recordsOf('<pre id="log"></pre>', (root) => {
      for (let i = 0; i < 50; i++) root.querySelector('#log')!.append(`line ${i}\n`);
    });
    expect(records.length).toBe(50);
    expect(changedTexts(records, undefined)).toHaveLength(1);
  });
});
