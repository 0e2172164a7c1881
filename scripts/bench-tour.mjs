// First help from navigation start, three extensions side by side on the same static certificate
// page at the same URL: Pemandu TTE (its first 'pemandu:panel'), driver.js showing one tip
// ('driver:tip') and the floor, an empty extension showing one line ('floor:shown'). The two
// throwaway extensions are generated at bench time (bench-extensions.mjs), each in its own browser.
import { URLS, launch, round, stats } from './bench-lib.mjs';
import { driverExtension, floorExtension } from './bench-extensions.mjs';

const firstMark = (pg, name) =>
  pg.waitForFunction((name) => window.benchMarks.find((m) => m.name === name)?.t, name, { timeout: 15000 }).then((h) => h.jsonValue());

async function timeFirst(ctx, mark, run) {
  const pg = await ctx.newPage();
  try {
    await pg.goto(URLS.cert(0, run)); // static: the content is in the page from the start
    return await firstMark(pg, mark);
  } finally {
    await pg.close();
  }
}

export async function firstHelp(pemandu, pemanduManifest, pemanduGzip, runs) {
  const made = [floorExtension(pemanduManifest), driverExtension(pemanduManifest)];
  const [floor, driver] = made;
  const contexts = [];
  try {
    for (const ext of made) contexts.push(await launch(ext.dir));
    const sides = [
      { key: 'pemandu', ctx: pemandu, mark: 'pemandu:panel' },
      { key: 'floor', ctx: contexts[0], mark: 'floor:shown' },
      { key: 'driver', ctx: contexts[1], mark: 'driver:tip' },
    ];
    // One untimed page per browser first: a browser's first page pays for warming up its renderer.
    for (const s of sides) await timeFirst(s.ctx, s.mark, 'warmup');
    const times = { pemandu: [], floor: [], driver: [] };
    for (let i = 0; i < runs; i++) {
      // Alternate page by page, and rotate who goes first, so neither a machine getting busier
      // nor a position in the round favours one side. The idle browsers cost next to nothing.
      for (let k = 0; k < sides.length; k++) {
        const s = sides[(i + k) % sides.length];
        times[s.key].push(await timeFirst(s.ctx, s.mark, `t${i}`));
      }
    }
    const p = stats(times.pemandu);
    const f = stats(times.floor);
    const d = stats(times.driver);
    return {
      pemanduFirstPanelFromNavigationMs: p,
      floor: { name: floor.name, raw: floor.raw, gzip: floor.gzip, firstLineFromNavigationMs: f },
      driver: { name: driver.name, raw: driver.raw, gzip: driver.gzip, firstTipFromNavigationMs: d },
      timeRatioPemanduToFloor: round(p.median / f.median),
      timeRatioPemanduToDriver: round(p.median / d.median),
      timeRatioDriverToFloor: round(d.median / f.median),
      sizeRatioPemanduToDriver: round(pemanduGzip / driver.gzip),
    };
  } finally {
    for (const c of contexts) await c.close();
    for (const ext of made) ext.remove();
  }
}
