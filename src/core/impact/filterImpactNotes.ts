import type { ImpactNote, ImpactNoteType } from '../schemas';
import { isPublishable } from './publishableNotes';

/** The Impact page's filters; empty values filter nothing. */
export type ImpactNoteFilter = {
  search?: string;
  type?: ImpactNoteType | '';
  theme?: string;
  activityId?: string;
  grantId?: string;
  /** 'with': may be published; 'without': kept and counted, never printed. */
  consent?: 'with' | 'without' | '';
  highlightsOnly?: boolean;
};

const fold = (s: string) => s.toLocaleLowerCase('fi').normalize('NFC');

/**
 * The notes that pass every filter: the search matches the text, a theme or a
 * media outlet, ignoring case. The period is read by the query (date index).
 * Newest first, one day's notes by id.
 */
export function filterImpactNotes(
  notes: readonly ImpactNote[],
  filter: ImpactNoteFilter,
): ImpactNote[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const theme = filter.theme ? fold(filter.theme) : '';
  return notes
    .filter((n) => {
      if (n.deletedAt) return false;
      if (filter.type && n.type !== filter.type) return false;
      if (theme && !n.themes.some((t) => fold(t) === theme)) return false;
      if (filter.activityId && n.activityId !== filter.activityId) return false;
      if (filter.grantId && n.grantId !== filter.grantId) return false;
      if (filter.consent === 'with' && !isPublishable(n)) return false;
      if (filter.consent === 'without' && isPublishable(n)) return false;
      if (filter.highlightsOnly && !n.highlight) return false;
      if (words.length) {
        const hay = fold([n.text, n.mediaOutlet ?? '', ...n.themes].join(' '));
        if (!words.every((w) => hay.includes(w))) return false;
      }
      return true;
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * The themes already used, most used first (then alphabetically), each in its
 * most common spelling: what the theme field suggests.
 */
export function themeSuggestions(
  notes: readonly Pick<ImpactNote, 'themes' | 'deletedAt'>[],
): string[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const n of notes) {
    if (n.deletedAt) continue;
    for (const raw of n.themes) {
      const theme = raw.trim();
      if (!theme) continue;
      const key = fold(theme);
      const entry = byKey.get(key) ?? { count: 0, spellings: new Map() };
      entry.count++;
      entry.spellings.set(theme, (entry.spellings.get(theme) ?? 0) + 1);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map((e) => ({
      count: e.count,
      name: [...e.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fi'))[0]![0],
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fi'))
    .map((e) => e.name);
}
