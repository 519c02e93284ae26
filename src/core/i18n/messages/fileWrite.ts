import { defineMessages } from '../defineMessages';

/**
 * Why a file could not be written (src/shared/writeFailure.ts), in words the
 * user can act on. Shared by the app (save dialogs through main) and the CLI.
 */
export const fileWriteMessages = defineMessages(
  {
    noSpace:
      'Tiedostoa {{file}} ei voitu kirjoittaa: levy on täynnä. Alkuperäinen tiedosto on ennallaan. Vapauta tilaa tai valitse toinen kansio.',
    noPermission:
      'Tiedostoa {{file}} ei voitu kirjoittaa: kansioon ei ole kirjoitusoikeutta. Alkuperäinen tiedosto on ennallaan.',
    readOnly:
      'Tiedostoa {{file}} ei voitu kirjoittaa: levy tai kansio on vain luettavissa. Alkuperäinen tiedosto on ennallaan.',
    missingFolder: 'Tiedostoa {{file}} ei voitu kirjoittaa: kansiota ei ole.',
    other:
      'Tiedostoa {{file}} ei voitu kirjoittaa ({{reason}}). Alkuperäinen tiedosto on ennallaan.',
  },
  {
    sv: {
      noSpace:
        'Filen {{file}} kunde inte skrivas: disken är full. Originalfilen är oförändrad. Frigör utrymme eller välj en annan mapp.',
      noPermission:
        'Filen {{file}} kunde inte skrivas: du har inte skrivrätt till mappen. Originalfilen är oförändrad.',
      readOnly:
        'Filen {{file}} kunde inte skrivas: disken eller mappen är skrivskyddad. Originalfilen är oförändrad.',
      missingFolder: 'Filen {{file}} kunde inte skrivas: mappen finns inte.',
      other: 'Filen {{file}} kunde inte skrivas ({{reason}}). Originalfilen är oförändrad.',
    },
    en: {
      noSpace:
        'Could not write {{file}}: the disk is full. The original file is unchanged. Free some space or choose another folder.',
      noPermission:
        'Could not write {{file}}: no permission to write in that folder. The original file is unchanged.',
      readOnly:
        'Could not write {{file}}: the disk or folder is read-only. The original file is unchanged.',
      missingFolder: 'Could not write {{file}}: the folder does not exist.',
      other: 'Could not write {{file}} ({{reason}}). The original file is unchanged.',
    },
  },
);
