/** WCAG contrast helpers, used to make the code themes readable on the site's code background. */

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function rgb(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour closest to `fg` with at least `min` contrast on `bg`: mixed step by step toward
 * black on a light background, toward white on a dark one. `fg` is returned when it passes.
 */
export function readableOn(fg: string, bg: string, min = 4.5): string {
  if (contrast(fg, bg) >= min) return fg.toLowerCase();
  const target = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = rgb(fg);
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = toHex(start.map((c, i) => c + (target[i]! - c) * t));
    if (contrast(mixed, bg) >= min) return mixed;
  }
  return toHex(target);
}
