// What an analyst's correction of an event is: one shape for the store, the API and the web app
// (Node-free, so the browser code imports it as it is).
export interface Correction {
  id: string;
  /** The stored event corrected, or null for an event the coder missed. */
  event: string | null;
  article: string;
  kind: 'wrong' | 'edit' | 'add';
  type?: string | null;
  /** CAMEO-style codes, `;`-separated when several. */
  actor?: string | null;
  recipient?: string | null;
  date?: string | null;
  span?: { start: number; end: number; text: string } | null;
  note?: string | null;
  created_at: string;
}
export type NewCorrection = Omit<Correction, 'id' | 'created_at'>;
