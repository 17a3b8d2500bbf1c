// The geometry of the spider web (radar chart), shared by the SVG and the PDF so both draw the
// same figure: one axis per theme from the centre, rings for the values 1–5, the polygon of the
// theme averages. Coordinates are in a square of `size`, y growing downwards (SVG and PDF alike).
import type { SpiderWeb } from '../core/report/report-document.ts';

export type Point = { x: number; y: number };

export type SpiderWebGeometry = {
  size: number;
  centre: Point;
  radius: number;
  /** One ring per value min..max, each a closed list of points (one per axis). */
  rings: { value: number; points: Point[] }[];
  axes: {
    themeId: string;
    title: string;
    value: number | null;
    valueLabel: string;
    end: Point;
    /** Where the value sits on the axis; at the centre when there is no value. */
    point: Point;
    label: Point;
    /** How to anchor the label's text: left of, centred on, or right of the label point. */
    anchor: 'start' | 'middle' | 'end';
  }[];
  /** The values' polygon; only axes with a value. */
  polygon: Point[];
};

const round = (n: number) => Math.round(n * 100) / 100;

export function spiderWebGeometry(web: SpiderWeb, size = 420, labelMargin = 110): SpiderWebGeometry {
  const centre = { x: size / 2, y: size / 2 };
  const radius = Math.max(10, size / 2 - labelMargin);
  const n = Math.max(web.axes.length, 1);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, r: number): Point => ({ x: round(centre.x + r * Math.cos(angle(i))), y: round(centre.y + r * Math.sin(angle(i))) });
  const scale = (value: number) => (radius * Math.min(Math.max(value, web.min), web.max)) / web.max;

  const rings = [];
  for (let value = web.min; value <= web.max; value++) rings.push({ value, points: web.axes.map((_, i) => at(i, scale(value))) });

  const axes = web.axes.map((axis, i) => {
    const cos = Math.cos(angle(i));
    const anchor: 'start' | 'middle' | 'end' = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    return {
      themeId: axis.themeId,
      title: axis.title,
      value: axis.value,
      valueLabel: axis.valueLabel,
      end: at(i, radius),
      point: axis.value === null ? { ...centre } : at(i, scale(axis.value)),
      label: at(i, radius + 14),
      anchor,
    };
  });
  return { size, centre, radius, rings, axes, polygon: axes.filter((a) => a.value !== null).map((a) => a.point) };
}
