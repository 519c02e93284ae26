/**
 * The one font family every PDF embeds. Roboto (resources/fonts, Apache 2.0)
 * has every Finnish and Swedish letter, €, Š, Ž and Ø, so a name never falls
 * back to a missing glyph; PDFs never use the 14 standard fonts, which are not
 * embedded.
 */
export const pdfFontFamily = 'Roboto';

/** File names of the font files, as the renderers' virtual file systems know them. */
export const pdfFontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** pdfmake's font dictionary for the family. */
export const pdfFonts = { [pdfFontFamily]: { ...pdfFontFiles } };
