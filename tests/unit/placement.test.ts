import { describe, expect, it } from 'vitest';
import { covers, findSlot, type Rect } from '../../platform/content/placement';

const desktop = { w: 1366, h: 768 };
const phone = { w: 360, h: 640 };

describe('findSlot', () => {
  it('docks bottom-right on an empty page', () => {
    const s = findSlot(desktop, [], 340, 240)!;
    expect(s.side).toBe('right');
    expect(s.top + s.height).toBe(desktop.h - 12);
  });
  it('never returns a slot that covers a control', () => {
    const obstacles: Rect[] = [
      { x: 1200, y: 700, w: 150, h: 40 }, // a button bottom-right
      { x: 1100, y: 60, w: 200, h: 36 },
    ];
    const s = findSlot(desktop, obstacles, 340, 240)!;
    const x = s.side === 'right' ? desktop.w - 12 - 340 : 12;
    expect(covers({ x, y: s.top, w: 340, h: s.height }, obstacles)).toEqual([]);
    expect(s.height).toBeGreaterThanOrEqual(240);
  });
  it('moves to the left when the right edge is full of controls', () => {
    const right = Array.from({ length: 12 }, (_, i) => ({ x: 1000, y: i * 64, w: 360, h: 40 }));
    expect(findSlot(desktop, right, 340, 240)?.side).toBe('left');
  });
  it('gives up on a phone form that fills the screen (the caller collapses the panel)', () => {
    const form = Array.from({ length: 10 }, (_, i) => ({ x: 16, y: 20 + i * 64, w: 328, h: 40 }));
    expect(findSlot(phone, form, 336, 240)).toBeNull();
    // …but a small button still finds a gap between fields.
    const gap = findSlot(phone, form, 80, 14);
    expect(gap).not.toBeNull();
  });
});
