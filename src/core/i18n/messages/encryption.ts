import { defineMessages } from '../defineMessages';

/** The passphrase for exports and backups (Settings), and opening an encrypted file. */
export const encryptionMessages = defineMessages(
  {
    title: 'Salaus',
    text: 'Voit salata viedyt datatiedostot ja varmuuskopiot salasanalla. Silloin kukaan ei voi lukea niitä ilman salasanaa, vaikka tietokone tai muistitikku katoaisi.',
    warning:
      'Salasanaa ei tallenneta mihinkään. Jos unohdat sen, salattuja tiedostoja ei voi avata kukaan, eivät myöskään Talkootin tekijät. Kirjoita salasana muistiin ja säilytä sitä turvallisessa paikassa.',
    passphrase: 'Salasana',
    passphraseAgain: 'Salasana uudelleen',
    hint: 'Vähintään {{min}} merkkiä. Muutaman sanan lause on hyvä salasana.',
    tooShort: 'Salasanassa on oltava vähintään {{min}} merkkiä.',
    mismatch: 'Salasanat eivät ole samat. Kirjoita sama salasana kumpaankin kenttään.',
    start: 'Ota salaus käyttöön',
    started: 'Salaus on otettu käyttöön.',
    on: 'Salaus on käytössä: viedyt datatiedostot ja varmuuskopiot salataan, kunnes suljet ohjelman. Salasana on vain ohjelman muistissa.',
    afterRestart:
      'Salaus oli käytössä, mutta salasanaa ei säilytetä ohjelman sulkemisen jälkeen. Kunnes annat salasanan uudelleen, varmuuskopiot ja viedyt tiedostot tallennetaan salaamattomina.',
    stop: 'Lopeta salaus',
    stopped: 'Salaus on lopetettu. Seuraavat tiedostot tallennetaan salaamattomina.',
    unlockTitle: 'Salattu tiedosto',
    unlockText: 'Tiedosto {{file}} on salattu. Kirjoita salasana, jolla se salattiin.',
    unlockButton: 'Avaa tiedosto',
    opening: 'Avataan tiedostoa…',
    wrongPassphraseOrChanged:
      'Salasana on väärä tai tiedostoa on muutettu. Mitään ei palautettu. Tarkista salasana ja yritä uudelleen.',
    damaged: 'Salatun tiedoston alku on vioittunut, joten sitä ei voi avata. Mitään ei palautettu.',
    notEncrypted: 'Tiedosto ei ole salattu Talkoot-tiedosto. Mitään ei palautettu.',
    unsupported:
      'Tiedosto on salattu tavalla, jota tämä Talkoot-versio ei tunne. Mitään ei palautettu. Päivitä Talkoot.',
  },
  {
    sv: {
      title: 'Kryptering',
      text: 'Du kan kryptera exporterade datafiler och säkerhetskopior med ett lösenord. Då kan ingen läsa dem utan lösenordet, även om datorn eller USB-minnet försvinner.',
      warning:
        'Lösenordet sparas ingenstans. Om du glömmer det kan ingen öppna de krypterade filerna, inte heller de som gjort Talkoot. Skriv ner lösenordet och förvara det på ett säkert ställe.',
      passphrase: 'Lösenord',
      passphraseAgain: 'Lösenordet igen',
      hint: 'Minst {{min}} tecken. En mening med några ord är ett bra lösenord.',
      tooShort: 'Lösenordet måste ha minst {{min}} tecken.',
      mismatch: 'Lösenorden är inte lika. Skriv samma lösenord i båda fälten.',
      start: 'Ta i bruk kryptering',
      started: 'Krypteringen är i bruk.',
      on: 'Krypteringen är i bruk: exporterade datafiler och säkerhetskopior krypteras tills du stänger programmet. Lösenordet finns bara i programmets minne.',
      afterRestart:
        'Krypteringen var i bruk, men lösenordet sparas inte när programmet stängs. Tills du anger lösenordet på nytt sparas säkerhetskopior och exporterade filer okrypterade.',
      stop: 'Sluta kryptera',
      stopped: 'Krypteringen har avslutats. Följande filer sparas okrypterade.',
      unlockTitle: 'Krypterad fil',
      unlockText: 'Filen {{file}} är krypterad. Skriv lösenordet som den krypterades med.',
      unlockButton: 'Öppna filen',
      opening: 'Filen öppnas…',
      wrongPassphraseOrChanged:
        'Lösenordet är fel eller så har filen ändrats. Ingenting återställdes. Kontrollera lösenordet och försök igen.',
      damaged:
        'Början av den krypterade filen är skadad, så den kan inte öppnas. Ingenting återställdes.',
      notEncrypted: 'Filen är inte en krypterad Talkoot-fil. Ingenting återställdes.',
      unsupported:
        'Filen är krypterad på ett sätt som den här versionen av Talkoot inte känner till. Ingenting återställdes. Uppdatera Talkoot.',
    },
    en: {
      title: 'Encryption',
      text: 'You can encrypt exported data files and backups with a passphrase. Then nobody can read them without it, even if the computer or a USB stick is lost.',
      warning:
        'The passphrase is not saved anywhere. If you forget it, nobody can open the encrypted files, not even the makers of Talkoot. Write it down and keep it somewhere safe.',
      passphrase: 'Passphrase',
      passphraseAgain: 'Passphrase again',
      hint: 'At least {{min}} characters. A sentence of a few words makes a good passphrase.',
      tooShort: 'The passphrase must have at least {{min}} characters.',
      mismatch: 'The passphrases differ. Type the same passphrase in both fields.',
      start: 'Turn on encryption',
      started: 'Encryption is on.',
      on: 'Encryption is on: exported data files and backups are encrypted until you close the app. The passphrase is only in the app’s memory.',
      afterRestart:
        'Encryption was on, but the passphrase is not kept after the app closes. Until you give it again, backups and exported files are saved unencrypted.',
      stop: 'Turn off encryption',
      stopped: 'Encryption is off. The next files are saved unencrypted.',
      unlockTitle: 'Encrypted file',
      unlockText: 'The file {{file}} is encrypted. Type the passphrase it was encrypted with.',
      unlockButton: 'Open the file',
      opening: 'Opening the file…',
      wrongPassphraseOrChanged:
        'The passphrase is wrong or the file has been changed. Nothing was restored. Check the passphrase and try again.',
      damaged:
        'The start of the encrypted file is damaged, so it cannot be opened. Nothing was restored.',
      notEncrypted: 'The file is not an encrypted Talkoot file. Nothing was restored.',
      unsupported:
        'The file is encrypted in a way this version of Talkoot does not know. Nothing was restored. Update Talkoot.',
    },
  },
);
