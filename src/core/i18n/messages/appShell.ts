import { defineMessages } from '../defineMessages';

/** The frame of every page: the menu button that shows the navigation on a narrow window. */
export const appShellMessages = defineMessages(
  {
    openMenu: 'Avaa päävalikko',
    closeMenu: 'Sulje päävalikko',
  },
  {
    sv: {
      openMenu: 'Öppna huvudmenyn',
      closeMenu: 'Stäng huvudmenyn',
    },
    en: {
      openMenu: 'Open the main menu',
      closeMenu: 'Close the main menu',
    },
  },
);
