import { defineMessages } from '../core/i18n/defineMessages';
import type { Language } from '../core/schemas/common';

/** Labels of the application menu (built by menuTemplate.ts); Finnish is the source language. */
export const menuMessages = defineMessages(
  {
    file: 'Tiedosto',
    quit: 'Lopeta',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    zoomIn: 'Suurenna',
    zoomOut: 'Pienennä',
    resetZoom: 'Todellinen koko',
    fullscreen: 'Koko näyttö',
    reload: 'Lataa uudelleen',
    devTools: 'Kehittäjätyökalut',
    help: 'Ohje',
    about: 'Tietoja Talkoot-sovelluksesta',
  },
  {
    sv: {
      file: 'Arkiv',
      quit: 'Avsluta',
      edit: 'Redigera',
      undo: 'Ångra',
      redo: 'Gör om',
      cut: 'Klipp ut',
      copy: 'Kopiera',
      paste: 'Klistra in',
      selectAll: 'Markera allt',
      view: 'Visa',
      zoomIn: 'Zooma in',
      zoomOut: 'Zooma ut',
      resetZoom: 'Verklig storlek',
      fullscreen: 'Helskärm',
      reload: 'Läs in igen',
      devTools: 'Utvecklarverktyg',
      help: 'Hjälp',
      about: 'Om Talkoot',
    },
    en: {
      file: 'File',
      quit: 'Quit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select all',
      view: 'View',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      resetZoom: 'Actual size',
      fullscreen: 'Full screen',
      reload: 'Reload',
      devTools: 'Developer tools',
      help: 'Help',
      about: 'About Talkoot',
    },
  },
);

/** The menu language from the OS locale (`app.getLocale()`): sv-*, en-*, otherwise Finnish. */
export function menuLanguage(locale: string): Language {
  const prefix = locale.split(/[-_]/)[0]?.toLowerCase();
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}
