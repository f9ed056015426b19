/**
 * Label placement: moves labels apart along one axis so that none overlaps another, keeping each
 * as close as possible to where it wants to be and inside the drawing.
 */

export interface Wanted {
  /** Preferred position of the label's centre (px). */
  pos: number;
  /** Extent of the label along the axis (px). */
  size: number;
}

/**
 * Spreads labels along one axis (pure, O(n log n)).
 *
 * Labels are taken in order of preferred position; each is pushed past the previous one when
 * they would overlap (with `gap` px between them), then the whole run is pushed back inside
 * [min, max] from the far end. When the labels cannot all fit in [min, max], they are packed
 * from `min` and the last ones overflow: the caller decides whether to drop them (see
 * {@link fitsWithin}).
 * @returns the centre of each label, in the input order
 */
export function spreadLabels(labels: Wanted[], min: number, max: number, gap = 2): number[] {
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.pos - b.pos || a.i - b.i);
  const placed: number[] = [];
  // Forward pass: no overlap, nothing below min.
  for (let k = 0; k < order.length; k++) {
    const l = order[k];
    let centre = Math.max(l.pos, min + l.size / 2);
    if (k > 0) {
      const prev = order[k - 1];
      centre = Math.max(centre, placed[k - 1] + prev.size / 2 + gap + l.size / 2);
    }
    placed.push(centre);
  }
  // Backward pass: nothing above max, without undoing the spacing.
  for (let k = order.length - 1; k >= 0; k--) {
    const l = order[k];
    let limit = max - l.size / 2;
    if (k < order.length - 1) limit = Math.min(limit, placed[k + 1] - order[k + 1].size / 2 - gap - l.size / 2);
    placed[k] = Math.min(placed[k], limit);
  }
  // A last forward pass re-asserts min (it wins when the labels do not fit).
  for (let k = 0; k < order.length; k++) {
    const l = order[k];
    let floor = min + l.size / 2;
    if (k > 0) floor = Math.max(floor, placed[k - 1] + order[k - 1].size / 2 + gap + l.size / 2);
    placed[k] = Math.max(placed[k], floor);
  }
  const out = new Array<number>(labels.length);
  order.forEach((l, k) => (out[l.i] = placed[k]));
  return out;
}

/** True when labels of these sizes can all sit in [min, max] with `gap` between them. */
export function fitsWithin(sizes: number[], min: number, max: number, gap = 2): boolean {
  const total = sizes.reduce((s, x) => s + x, 0) + gap * Math.max(0, sizes.length - 1);
  return total <= max - min;
}
