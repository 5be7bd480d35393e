// Stepping through the matches marked on a notice: which one is current after a step, wrapping at both ends.

/** The index after moving `step` (±1) from `current` among `count` matches; -1 (none yet) steps to the first or last. */
export function stepMatch(current: number, step: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
