/**
 * The budgets, printed beside each figure (never asserted):
 * association: every interaction < 100 ms, cold start < 1 s, each report PDF < 1.5 s;
 * federation: cold start < 1.5 s, search keystroke < 100 ms, save hour until shown
 * < 100 ms, annual report figures < 0.5 s, heap < 300 MiB (import/export: within
 * 1.2 × raw IndexedDB, see `ratioBudgetOf`). Everywhere: no figure over 2 × its baseline.
 */
export type Scale = 'association' | 'federation';

/** Figures that are interactions (a click or a key and what it shows). */
const interaction = /^(search|hours list|save one hour|mark one fee|open page|report figures)/;

export function budgetOf(scale: Scale, name: string): number | null {
  if (scale === 'association') {
    if (name.startsWith('cold start')) return 1000;
    if (name.startsWith('report PDF')) return 1500;
    if (interaction.test(name)) return 100;
    return null;
  }
  if (name.startsWith('cold start')) return 1500;
  if (name.startsWith('search keystroke')) return 100;
  if (name.startsWith('save one hour')) return 100;
  if (name === 'report figures: annual report') return 500;
  return null;
}

/** Import and export at federation scale: within 1.2 × their raw IndexedDB baseline. */
export function ratioBudgetOf(scale: Scale, name: string): number | null {
  return scale === 'federation' && /^(import|export)/.test(name) ? 1.2 : null;
}
