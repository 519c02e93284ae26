import type { Activity, ImpactNote } from '../schemas';
import { addDays, daysBetween } from './dates';
import { base, type DemoContext } from './demoRecord';

const quotes = [
  'Täällä ei tarvitse selittää, kaikki ymmärtävät.',
  'Ryhmä on viikon kohokohta, muuten en juuri käy kodin ulkopuolella.',
  'Sain vertaiselta rohkeutta lähteä taas liikkumaan.',
  'Leikkauksen jälkeen pelkäsin kaikkea. Ryhmässä pelko helpotti.',
  'Puolisona olin yksin huolieni kanssa, kunnes löysin tämän porukan.',
  'Här får man prata om det som är svårt – tack! 🌱',
  'Kävelytapahtumassa tapasin naapurin, jota en ollut nähnyt vuosiin.',
];
const stories = [
  'Osallistuja kertoi, että ryhmän ansiosta hän uskalsi varata kuntoutusajan, jota oli lykännyt puoli vuotta.',
  'Leskeksi jäänyt osallistuja on käynyt ryhmässä säännöllisesti ja toimii nyt itse vertaisena uusille.',
  'Nuori osallistuja löysi ryhmästä tukea sydänsairaan vanhempansa hoitoon ja jaksamiseen.',
];
const outcomes = [
  'Vammaisneuvosto otti lausuntomme kuljetuspalvelujen saavutettavuudesta osaksi omaa lausuntoaan.',
  'Hyvinvointialue lisäsi yhdistyksen vertaisryhmät palveluohjauksen esitteeseen.',
  'Kolme uutta vertaisohjaajaa aloitti koulutuksen jälkeen.',
  'Kaupunki avasi kävelyreitin varrelle kaksi uutta levähdyspenkkiä ehdotuksestamme.',
];
const observations = [
  'Syksyllä ryhmään tuli tavallista enemmän läheisiä yksin.',
  'Nokian ryhmän osallistujamäärä kasvoi, kun kokoontumispaikka muuttui esteettömäksi.',
];

/** Impact notes spread over the two years, some with consent to publish. */
export function demoImpactNotes(
  { rnd, today, start }: DemoContext,
  activities: Activity[],
  grantThisId: string,
): ImpactNote[] {
  const span = daysBetween(start, today);
  const noteDate = () => addDays(start, rnd.int(0, span));
  const group = activities[0]!;
  const notes: ImpactNote[] = [];
  type NoteInput = Pick<ImpactNote, 'type' | 'text' | 'source' | 'consentToPublish'> &
    Partial<
      Pick<
        ImpactNote,
        'activityId' | 'grantId' | 'feedbackTally' | 'themes' | 'highlight' | 'mediaOutlet'
      >
    >;
  const addNote = (note: NoteInput) => {
    const date = noteDate();
    notes.push({
      ...base(rnd.uuid(), date),
      date,
      themes: note.themes ?? ['vertaistuki'],
      highlight: false,
      // Consent given on the day, on the feedback form or by word of mouth (no random draw:
      // the rest of the demo stays as it was).
      ...(note.consentToPublish
        ? {
            consentGivenOn: date,
            consentMethod: note.type === 'feedback' ? ('form' as const) : ('spoken' as const),
          }
        : {}),
      ...note,
    });
  };
  quotes.forEach((text, i) =>
    addNote({
      type: 'quote',
      text,
      source: 'anonymousParticipant',
      consentToPublish: i % 3 !== 2,
      activityId: group.id,
      grantId: grantThisId,
      highlight: i === 0,
    }),
  );
  stories.forEach((text, i) =>
    addNote({
      type: 'participantStory',
      text,
      source: 'volunteer',
      consentToPublish: i !== 1,
      activityId: group.id,
    }),
  );
  outcomes.forEach((text, i) =>
    addNote({
      type: 'outcome',
      text,
      source: i === 0 ? 'partner' : 'staff',
      consentToPublish: true,
      activityId: activities[i === 0 ? 3 : 0]!.id,
      themes: ['vaikuttaminen'],
      highlight: i === 0,
    }),
  );
  observations.forEach((text) =>
    addNote({ type: 'observation', text, source: 'volunteer', consentToPublish: false }),
  );
  for (let i = 0; i < 8; i++) {
    const tally = [rnd.int(0, 1), rnd.int(0, 2), rnd.int(1, 4), rnd.int(4, 10), rnd.int(6, 14)];
    addNote({
      type: 'feedback',
      text: `Palautekysely, ${activities[i % 2]!.name}: ”Sain ryhmästä tukea arkeen” (1–5).`,
      source: 'anonymousParticipant',
      consentToPublish: i % 2 === 0,
      activityId: activities[i % 2]!.id,
      grantId: i % 2 === 0 ? grantThisId : undefined,
      feedbackTally: tally,
    });
  }
  addNote({
    type: 'media',
    text: 'Aamulehti kertoi Sydänkahvilasta jutussa ”Vertaisuus kantaa”.',
    mediaOutlet: 'Aamulehti',
    source: 'staff',
    consentToPublish: true,
    activityId: group.id,
  });
  return notes.sort((a, b) => a.date.localeCompare(b.date));
}
