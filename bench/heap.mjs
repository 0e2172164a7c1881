// JS heap with vs without the extension, and growth over SPA route changes: the replica MyASN SPA
// (public/replicas) at its portal URL (extension active) and at https://example.org/ (not injected),
// in one browser. Every route change waits until the extension has detected the new page
// (<pemandu-tte data-page> changes). Growth is measured between route change 50 and the last one,
// each after a settle period and a forced GC, so start-up allocations don't count as growth.
import { URLS, cdpFor, extensionObjects, extensionWorld, launch, stats } from './lib.mjs';
import { floorExtension } from './extensions.mjs';

const SETTLE_MS = 2000;
const ROUTES = [
  ['/layanan-asn', 'myasn-layanan'],
  ['/layanan-asn/sertifikat-elektronik-bsre', 'myasn-sertifikat'],
  ['/dashboard', 'myasn-dashboard'],
];

async function spaRun(ctx, withExtension, routeChanges, checkpoint) {
  const pg = await ctx.newPage();
  await pg.goto(withExtension ? URLS.spa : URLS.spaWithout);
  if (withExtension) await pg.waitForSelector('pemandu-tte[data-page="myasn-dashboard"]', { state: 'attached', timeout: 15000 });
  const { cdp, metrics, gc } = await cdpFor(ctx, pg);
  const world = withExtension ? await extensionWorld(cdp) : null;
  const measure = async () => {
    await pg.waitForTimeout(SETTLE_MS);
    await gc();
    const m = await metrics();
    return {
      heapBytes: m.JSHeapUsedSize,
      domNodes: m.Nodes,
      listenersAllWorlds: m.JSEventListeners,
      ...(world ? await extensionObjects(cdp, world) : {}),
      hosts: await pg.evaluate(() => document.querySelectorAll('pemandu-tte').length),
    };
  };
  const atStart = await measure();
  let atCheckpoint = null;
  const detectMs = [];
  let notDetected = 0;
  for (let i = 0; i < routeChanges; i++) {
    const [path, page] = ROUTES[i % ROUTES.length];
    const ms = await pg.evaluate(
      ({ path, page }) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          window.replica.go(path);
          if (!page) return requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
          const done = () => document.querySelector('pemandu-tte')?.getAttribute('data-page') === page;
          if (done()) return resolve(performance.now() - t0);
          const timer = setTimeout(() => (observer.disconnect(), resolve(-1)), 5000);
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now() - t0);
          });
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-page'] });
        }),
      { path, page: withExtension ? page : null },
    );
    if (ms < 0) notDetected++;
    else if (withExtension) detectMs.push(ms);
    if (i + 1 === checkpoint) atCheckpoint = await measure();
  }
  const atEnd = await measure();
  await pg.close();
  return { atStart, atCheckpoint, atEnd, notDetected, detectMs: detectMs.length ? stats(detectMs) : null };
}

export async function heap(ctx, routeChanges = 200, checkpoint = 50) {
  const w = await spaRun(ctx, true, routeChanges, checkpoint);
  const wo = await spaRun(ctx, false, routeChanges, checkpoint);
  const growth = (r) => r.atEnd.heapBytes - r.atCheckpoint.heapBytes;
  return {
    routeChanges,
    growthMeasuredBetween: [checkpoint, routeChanges],
    withExtensionBytes: w.atStart.heapBytes,
    withoutExtensionBytes: wo.atStart.heapBytes,
    growthWithBytes: growth(w),
    growthWithoutBytes: growth(wo),
    extensionGrowthBytes: growth(w) - growth(wo),
    routeChangesNotDetected: w.notDetected,
    routeChangeToDetectedMs: w.detectMs,
    extension: {
      mutationObservers: [w.atCheckpoint.mutationObservers, w.atEnd.mutationObservers],
      listeners: [w.atCheckpoint.listeners, w.atEnd.listeners],
      abortSignalListeners: [w.atCheckpoint.abortListeners, w.atEnd.abortListeners],
    },
    domNodes: { with: [w.atCheckpoint.domNodes, w.atEnd.domNodes], without: [wo.atCheckpoint.domNodes, wo.atEnd.domNodes] },
    listenersAllWorlds: { with: [w.atCheckpoint.listenersAllWorlds, w.atEnd.listenersAllWorlds], without: [wo.atCheckpoint.listenersAllWorlds, wo.atEnd.listenersAllWorlds] },
    hostsAtEnd: w.atEnd.hosts,
  };
}

/**
 * JS heap right after load, with − without: fresh tabs of the replica MyASN SPA at its portal URL
 * (until the panel shows the dashboard) and at example.org, in alternating pairs; each after 2 s
 * of quiet and a forced GC. JSHeapUsedSize is the page's whole heap, the extension's isolated world
 * included (it shares the page's V8 isolate), so the difference is what the extension keeps.
 */
export async function heapAfterLoad(ctx, pairs, shown = 'pemandu-tte[data-page="myasn-dashboard"]') {
  const sample = async (withExtension) => {
    const pg = await ctx.newPage();
    try {
      await pg.goto(withExtension ? URLS.spa : URLS.spaWithout);
      if (withExtension) await pg.waitForSelector(shown, { state: 'attached', timeout: 15000 });
      const { metrics, gc } = await cdpFor(ctx, pg);
      await pg.waitForTimeout(SETTLE_MS);
      await gc();
      return (await metrics()).JSHeapUsedSize;
    } finally {
      await pg.close();
    }
  };
  const withBytes = [];
  const withoutBytes = [];
  for (let i = 0; i < pairs; i++) {
    for (const withExtension of i % 2 === 0 ? [true, false] : [false, true]) (withExtension ? withBytes : withoutBytes).push(await sample(withExtension));
  }
  const diffs = withBytes.map((w, i) => w - withoutBytes[i]);
  return { pairs, withBytes: stats(withBytes), withoutBytes: stats(withoutBytes), extensionBytes: stats(diffs) };
}

/**
 * The same for the empty extension (the floor of extensions.mjs, with Pemandu TTE's content
 * script matches), in its own browser: what any extension's isolated world keeps on these pages.
 * V8 gives no per-world figure, so "Pemandu TTE over the floor" is the difference of the two medians.
 */
export async function floorHeapAfterLoad(pemanduManifest, pairs) {
  const floor = floorExtension(pemanduManifest);
  const ctx = await launch(floor.dir);
  try {
    return await heapAfterLoad(ctx, pairs, 'bench-floor');
  } finally {
    await ctx.close();
    floor.remove();
  }
}

