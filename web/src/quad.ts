// One colour per quad class, shared by the charts, the network and the badges (styles.css).
export const QUAD_COLOURS: Record<1 | 2 | 3 | 4, string> = {
  1: '#43a047',
  2: '#1b5e20',
  3: '#fb8c00',
  4: '#c62828',
};
export const COOPERATION = '#2e7d32';
export const CONFLICT = '#c62828';
