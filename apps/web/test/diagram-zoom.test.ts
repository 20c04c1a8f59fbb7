import { describe, expect, it } from 'vitest';
import { MAX_SCALE, READABLE_SCALE, fitView, panBy, readableView, zoomAt } from '../src/pages/diagram/zoom';

const box = { width: 400, height: 300 };

describe('the zoomable diagram view', () => {
  it('opens a small drawing at its own size, centred, never enlarged', () => {
    expect(readableView({ width: 200, height: 100 }, box)).toEqual({ scale: 1, x: 100, y: 0 });
  });

  it('opens a drawing a little wider than the box fitted to its width, and a much wider one at reading size', () => {
    expect(readableView({ width: 500, height: 900 }, box).scale).toBeCloseTo(0.8);
    const wide = readableView({ width: 2000, height: 900 }, box);
    expect(wide.scale).toBe(READABLE_SCALE);
  });

  it('opens a wide drawing where its flow starts, without empty space beside it', () => {
    const content = { width: 2000, height: 900 };
    // The start three quarters along: that point in the middle of the box.
    const view = readableView(content, box, { x: 0.75, y: 0 });
    expect(view.x + 0.75 * 2000 * view.scale).toBeCloseTo(200);
    // A start at the very edge: the drawing's edge at the box's edge, not half a box of nothing.
    expect(readableView(content, box, { x: 1, y: 0 }).x).toBeCloseTo(400 - 2000 * READABLE_SCALE);
    expect(readableView(content, box, { x: 0, y: 0 }).x).toBe(0);
  });

  it('fits the whole drawing in the box, centred', () => {
    const view = fitView({ width: 2000, height: 600 }, box);
    expect(view.scale).toBeCloseTo(0.2);
    expect(view.x).toBeCloseTo(0);
    expect(view.y).toBeCloseTo((300 - 120) / 2);
  });

  it('zooms around a point, which stays where it is, within the limits', () => {
    const view = zoomAt({ scale: 1, x: 0, y: 0 }, 2, { x: 100, y: 50 });
    expect(view).toEqual({ scale: 2, x: -100, y: -50 });
    expect(zoomAt({ scale: 3, x: 0, y: 0 }, 10, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(panBy(view, 10, -20)).toEqual({ scale: 2, x: -90, y: -70 });
  });
});
