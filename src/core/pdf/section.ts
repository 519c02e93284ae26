import type { Content } from 'pdfmake/interfaces';

/**
 * A report section: the heading kept on the page of the first block after it,
 * never left alone at the bottom of a page; the other blocks follow freely.
 */
export function section(heading: string, first: Content, ...rest: Content[]): Content[] {
  return [{ unbreakable: true, stack: [{ text: heading, style: 'h2' }, first] }, ...rest];
}
