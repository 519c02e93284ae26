import { derivedId } from '../grants';
import type {
  Activity,
  Dataset,
  FeedbackForm,
  FeedbackTally,
  IndicatorValue,
  Session,
} from '../schemas';
import { base } from './demoRecord';
import { SeededRandom } from './random';

/**
 * A little demo feedback: the peer group's participant form with the three
 * default statements, a volunteer form with one own statement, tallies of the
 * group's last six sessions and two volunteer tallies per half-year, and two
 * indicator values a year (people guided to services, an estimate; a
 * loneliness score before and after, a sample). Its own random sequence and
 * derived ids, so the rest of the demo stays as it was.
 */
export function demoFeedback(
  group: Activity,
  sessions: Session[],
  start: string,
  today: string,
  seed: number,
): Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues'> {
  const rnd = new SeededRandom(seed * 7919 + 17);
  const id = (name: string) => derivedId(`demo-feedback-${seed}-${name}`);
  const participant: FeedbackForm = {
    ...base(id('form-participant'), start),
    activityId: group.id,
    perspective: 'participant',
    statements: (['gotSupport', 'lessAlone', 'knowWhereHelp'] as const).map((key) => ({
      id: id(`statement-${key}`),
      key,
    })),
  };
  const volunteer: FeedbackForm = {
    ...base(id('form-volunteer'), start),
    activityId: group.id,
    perspective: 'volunteer',
    statements: [
      { id: id('statement-volunteer-1'), text: 'Sain vapaaehtoisena riittävästi tukea' },
      { id: id('statement-volunteer-2'), key: 'gotSupport' },
    ],
    openQuestion: 'Mitä toivoisit vapaaehtoisten tukeen?',
  };
  const counts = (high: boolean) => [
    rnd.int(0, 1),
    rnd.int(0, 1),
    rnd.int(0, 3),
    rnd.int(2, 6),
    rnd.int(high ? 4 : 1, high ? 9 : 5),
  ];
  const tallies: FeedbackTally[] = sessions
    .filter((x) => x.activityId === group.id && !x.deletedAt)
    .slice(-6)
    .map((session, i) => ({
      ...base(id(`tally-${i}`), session.date),
      formId: participant.id,
      sessionId: session.id,
      from: session.date,
      to: session.date,
      counts: participant.statements.map((st, j) => ({
        statementId: st.id,
        counts: counts(j !== 1),
      })),
      provenance: 'collected',
    }));
  const year = Number(start.slice(0, 4));
  const values: IndicatorValue[] = [];
  for (const y of [year, year + 1]) {
    for (const [half, from, to] of [
      [1, `${y}-01-01`, `${y}-06-30`],
      [2, `${y}-07-01`, `${y}-12-31`],
    ] as const) {
      // Nothing collected after the demo's today.
      if (to > today) continue;
      tallies.push({
        ...base(id(`tally-volunteer-${y}-${half}`), to),
        formId: volunteer.id,
        from,
        to,
        counts: volunteer.statements.map((st) => ({ statementId: st.id, counts: counts(true) })),
        provenance: 'sample',
      });
      values.push({
        ...base(id(`guided-${y}-${half}`), to),
        name: 'Palveluihin ohjatut henkilöt',
        kind: 'count',
        activityId: group.id,
        from,
        to,
        value: rnd.int(6, 18),
        provenance: 'estimate',
      });
    }
    if (`${y}-12-31` > today) continue;
    values.push({
      ...base(id(`lonely-${y}`), `${y}-12-31`),
      name: 'Yksinäisyyden kokemus (1–10)',
      kind: 'beforeAfter',
      activityId: group.id,
      from: `${y}-01-01`,
      to: `${y}-12-31`,
      before: rnd.int(6, 8),
      value: rnd.int(3, 5),
      provenance: 'sample',
    });
  }
  return {
    feedbackForms: [participant, volunteer],
    feedbackTallies: tallies,
    indicatorValues: values,
  };
}
