/** Name parts for demo people: common Finnish names and a few Finland-Swedish ones. */
export const finnishFirstNames = [
  'Aino', 'Anna', 'Anneli', 'Antti', 'Eija', 'Eero', 'Elina', 'Erkki', 'Hannu', 'Heikki',
  'Helena', 'Irma', 'Jari', 'Johanna', 'Jorma', 'Juha', 'Jukka', 'Kaarina', 'Kari', 'Kirsi',
  'Leena', 'Liisa', 'Maija', 'Marja', 'Marjatta', 'Markku', 'Matti', 'Minna', 'Mikko', 'Outi',
  'Paavo', 'Päivi', 'Pekka', 'Pirjo', 'Raili', 'Raimo', 'Riitta', 'Sari', 'Seppo', 'Sirkka',
  'Tapio', 'Tarja', 'Timo', 'Tuula', 'Ulla', 'Väinö', 'Ville', 'Ritva', 'Jyrki', 'Sinikka',
] as const;

export const finnishLastNames = [
  'Aaltonen', 'Heikkinen', 'Hämäläinen', 'Järvinen', 'Koskinen', 'Korhonen', 'Laine', 'Lehtonen',
  'Lehtinen', 'Mäkelä', 'Mäkinen', 'Nieminen', 'Niemi', 'Ojala', 'Peltonen', 'Rantanen', 'Saarinen',
  'Salminen', 'Tuominen', 'Turunen', 'Virtanen', 'Väisänen', 'Kärkkäinen', 'Pöllänen', 'Räsänen',
  'Heinonen', 'Kallio', 'Leinonen', 'Hiltunen', 'Söderholm',
] as const;

export const swedishFirstNames = ['Åsa', 'Björn', 'Göran', 'Kristina', 'Ulf', 'Margareta', 'Mikael', 'Ingrid'] as const;
export const swedishLastNames = ['Öhman', 'Sjöberg', 'Lindqvist', 'Åberg', 'Holmström', 'Nyström'] as const;

export const municipalities = [
  'Tampere', 'Tampere', 'Tampere', 'Tampere', 'Tampere', 'Nokia', 'Nokia', 'Kangasala',
  'Ylöjärvi', 'Pirkkala', 'Lempäälä', 'Orivesi', 'Valkeakoski',
] as const;

/** An e-mail-safe form of a name part: ä → a, ö → o, å → a. */
export function asciiName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
