import { e2eNow } from './fixtures';
/**
 * Home-page figures computed straight from a data file's JSON, independently
 * of src/core, so the e2e test checks the app's arithmetic rather than repeating it.
 */
type Row = Record<string, unknown> & { deletedAt?: string | null };

export function localToday(): string {
  const d = e2eNow();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const group = (n: number) => n.toLocaleString('fi-FI').replace(/\s/g, '\u00a0');

export function expectedHomeFigures(
  fileText: string,
  today = localToday(),
): Record<string, string> {
  const tables = (JSON.parse(fileText) as { tables: Record<string, Row[]> }).tables;
  const live = (rows: Row[] | undefined) => (rows ?? []).filter((r) => !r.deletedAt);
  const from = `${today.slice(0, 4)}-01-01`;
  const inYear = (d: unknown) => typeof d === 'string' && d >= from && d <= today;
  const hours = live(tables.hours).filter((h) => inYear(h.date));
  const sessions = live(tables.sessions).filter((s) => inYear(s.date));
  const minutes = hours.reduce((sum, h) => sum + (h.minutes as number), 0);
  const members = live(tables.people).filter(
    (p) =>
      p.membership !== 'none' &&
      (!p.joinedOn || (p.joinedOn as string) <= today) &&
      (!p.leftOn || (p.leftOn as string) > today),
  ).length;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return {
    Jäseniä: group(members),
    Vapaaehtoisia: group(new Set(hours.map((x) => x.personId)).size),
    Vapaaehtoistunteja: m ? `${group(h)}\u00a0h ${m}\u00a0min` : `${group(h)}\u00a0h`,
    Kokoontumisia: group(sessions.length),
    Osallistumiskertoja: group(sessions.reduce((s, x) => s + (x.participants as number), 0)),
  };
}
