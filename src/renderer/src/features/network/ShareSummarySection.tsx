import { Box, Button, Checkbox, Code, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsWithEntries, summaryInput } from '../../../../core/db';
import {
  formatDate,
  formatInteger,
  formatMinutes,
  safeFileName,
  todayIso,
} from '../../../../core/format';
import { shareableQuotes, summaryHeadline, summaryOf } from '../../../../core/network';
import { ReportError, reportYears } from '../../../../core/reports';
import { db } from '../../db';
import { saveFile } from '../../platform';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { Loading } from '../../shared/Loading';

/**
 * The association's side: the year's summary file, shown exactly as it will
 * be saved (the JSON itself), then saved as a file to send to the network.
 */
export function ShareSummarySection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const months = useLiveQuery(() => monthsWithEntries(db), []);
  const years = months ? reportYears(months, today) : [];
  const [chosen, setChosen] = useState<number | null>(null);
  const [quoteIds, setQuoteIds] = useState<readonly string[]>([]);
  // Last year by default: the round of yearly figures is about the year that ended.
  const year = chosen ?? years.find((y) => y < Number(today.slice(0, 4))) ?? years[0];
  const input = useLiveQuery(
    async () => (year === undefined ? undefined : { ...(await summaryInput(db, year)), year }),
    [year],
  );
  const summary = useMemo(() => {
    if (!input) return undefined;
    try {
      return summaryOf(input.data, input.rollups, {
        year: input.year,
        exportedAt: new Date().toISOString(),
        quoteIds,
      });
    } catch (e) {
      if (e instanceof ReportError) return null;
      throw e;
    }
  }, [input, quoteIds]);
  const quotes = useMemo(
    () => (input ? shareableQuotes(input.data.impactNotes, input.period) : []),
    [input],
  );
  const text = summary ? JSON.stringify(summary, null, 1) : '';
  const headline = summary ? summaryHeadline(summary) : null;

  const save = async () => {
    if (!summary) return;
    const result = await saveFile(
      safeFileName(
        [t('network.page.share.fileName', { name: summary.association.name, year: summary.year })],
        'json',
      ),
      `${text}\n`,
      [{ name: 'Talkoot', extensions: ['json'] }],
      'application/json',
    );
    if (result.saved) {
      notify(t, { color: 'green', message: t('network.page.share.saved', { name: result.name }) });
    }
  };

  return (
    <section aria-labelledby="share-summary-title">
      <Title order={2} size="h3" id="share-summary-title" mt="xl" mb="xs">
        {t('network.page.share.title')}
      </Title>
      <Text mb="md" maw={900}>
        {t('network.page.share.intro')}
      </Text>
      {year === undefined || summary === undefined ? (
        <Loading />
      ) : (
        <>
          <Group align="flex-end" mb="md">
            <Select
              label={t('network.page.share.year')}
              w={160}
              size="md"
              allowDeselect={false}
              data={years.map(String)}
              value={String(year)}
              onChange={(v) => {
                if (!v) return;
                setChosen(Number(v));
                setQuoteIds([]);
              }}
            />
            <Button size="md" onClick={() => void save()} disabled={!summary}>
              {t('network.page.share.save')}
            </Button>
          </Group>
          {summary && (
            <>
              <Text role="status" mb="xs">
                {t('network.page.share.figures', {
                  activities: formatInteger(headline!.activities, lang),
                  sessions: formatInteger(headline!.sessions, lang),
                  hours: formatMinutes(headline!.totalMinutes, lang),
                })}
              </Text>
              {quotes.length > 0 && (
                <Checkbox.Group
                  mb="md"
                  maw={900}
                  label={t('network.page.share.quotes')}
                  description={t('network.page.share.quotesHint')}
                  value={[...quoteIds]}
                  onChange={setQuoteIds}
                >
                  <Stack gap="xs" mt="xs">
                    {quotes.map((n) => (
                      <Checkbox
                        key={n.id}
                        value={n.id}
                        label={`${formatDate(n.date, lang)}: ${n.text}`}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              <Text fw={700} id="summary-contents" mb={4}>
                {t('network.page.share.contents')}
              </Text>
              {/* The scrolling box itself takes the focus, so the keyboard can scroll it. */}
              <Box
                tabIndex={0}
                role="region"
                aria-labelledby="summary-contents"
                maw={900}
                mah={320}
                style={{ overflow: 'auto' }}
              >
                {/* Long lines wrap, so only the box around scrolls (and takes the focus). */}
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {text}
                </Code>
              </Box>
            </>
          )}
        </>
      )}
    </section>
  );
}
