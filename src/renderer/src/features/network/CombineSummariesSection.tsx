import {
  Alert,
  Box,
  Button,
  FileButton,
  Group,
  List,
  NumberInput,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatMinutes, todayIso } from '../../../../core/format';
import {
  combineSummaries,
  formatSmallSum,
  readSummaryFile,
  regionalHoursChartSvg,
  summaryStatuses,
  summaryYears,
  type CombinedFigures,
  type CombinedGroup,
  type SmallSum,
  type SummaryFile,
} from '../../../../core/network';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { errorReason } from '../../shared/errorReason';

type Received = { fileName: string; file: SummaryFile };
type Refused = { fileName: string; message: string };

/**
 * The coordinator's side: summary files read (several at once, or dropped),
 * each refused file named with its reason, who sent which year, the combined
 * figures by municipality with the chart, and the regional summary PDF. The
 * files stay in this page only: nothing is written into the association's
 * own database.
 */
export function CombineSummariesSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [received, setReceived] = useState<Received[]>([]);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [networkName, setNetworkName] = useState('');
  const [expected, setExpected] = useState<number | ''>('');
  const [saving, setSaving] = useState(false);

  const files = received.map((r) => r.file);
  const years = summaryYears(files);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : years[0];
  const combined = useMemo(
    () => (year === undefined ? null : combineSummaries(files, year)),
    // `files` is derived from `received` on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [received, year],
  );
  const statuses = year === undefined ? [] : summaryStatuses(files, year);

  const read = async (picked: File[]) => {
    const ok: Received[] = [];
    const bad: Refused[] = [];
    for (const f of picked) {
      let text: string;
      try {
        text = await f.text();
      } catch (e) {
        bad.push({
          fileName: f.name,
          message: t('network.errors.unreadable', {
            file: f.name,
            reason: errorReason(e),
          }),
        });
        continue;
      }
      const result = readSummaryFile(text);
      if (result.ok) ok.push({ fileName: f.name, file: result.file });
      else {
        const { code, ...params } = result.problem;
        const options: Record<string, string | number> = { file: f.name, ...params };
        bad.push({ fileName: f.name, message: t(`network.errors.${code}` as never, options) });
      }
    }
    setReceived((r) => [...r, ...ok]);
    setRefused((r) => [...r, ...bad]);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    void read([...e.dataTransfer.files]);
  };

  const savePdfFile = async () => {
    if (!combined) return;
    setSaving(true);
    try {
      const today = todayIso();
      const result = await savePdf(
        {
          kind: 'regional',
          lang,
          model: {
            combined,
            networkName: networkName.trim() || t('network.page.title'),
            printedOn: today,
            ...(expected !== '' && expected > 0 ? { expected } : {}),
          },
        },
        pdfFileName(t('network.page.combine.pdfFileName', { year: combined.year }), today),
      );
      if (result.saved) {
        notify(t, {
          color: 'green',
          message: t('network.page.combine.savedPdf', { name: result.name }),
        });
      }
    } catch (e) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: errorReason(e),
      });
    } finally {
      setSaving(false);
    }
  };

  const chart = combined ? regionalHoursChartSvg(combined, lang) : null;

  return (
    <section aria-labelledby="combine-title">
      <Title order={2} size="h3" id="combine-title" mt="xl" mb="xs">
        {t('network.page.combine.title')}
      </Title>
      <Text mb="md" maw={900}>
        {t('network.page.combine.intro')}
      </Text>
      <Box
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
        p="md"
        mb="md"
        maw={900}
        style={{ border: '2px dashed var(--mantine-color-gray-5)', borderRadius: 8 }}
      >
        <Group>
          <FileButton
            multiple
            accept=".json,application/json"
            onChange={(picked) => void read(picked)}
            inputProps={{ 'aria-label': t('network.page.combine.pick') }}
          >
            {(props) => (
              <Button size="md" {...props}>
                {t('network.page.combine.pick')}
              </Button>
            )}
          </FileButton>
          <Text>{t('network.page.combine.drop')}</Text>
          {(received.length > 0 || refused.length > 0) && (
            <Button
              size="md"
              variant="default"
              onClick={() => {
                setReceived([]);
                setRefused([]);
              }}
            >
              {t('network.page.combine.remove')}
            </Button>
          )}
        </Group>
      </Box>
      {refused.length > 0 && (
        <Alert color="red" title={t('network.page.combine.refused')} mb="md" maw={900}>
          <List>
            {refused.map((r, i) => (
              <List.Item key={`${r.fileName}-${i}`}>{r.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {received.length === 0 || !combined || year === undefined ? (
        <Text>{t('network.page.combine.none')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560} maw={900} mb="md">
            <Table striped withTableBorder>
              <caption>{t('network.page.combine.received')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('network.page.combine.association')}</Table.Th>
                  <Table.Th scope="col">{t('network.page.combine.year')}</Table.Th>
                  <Table.Th scope="col">{t('network.page.combine.sent')}</Table.Th>
                  <Table.Th scope="col">{t('network.page.combine.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {received.map((r, i) => (
                  <Table.Tr key={`${r.fileName}-${i}`}>
                    <Table.Th scope="row">{r.file.association.name}</Table.Th>
                    <Table.Td>{r.file.year}</Table.Td>
                    <Table.Td>{formatDate(r.file.exportedAt.slice(0, 10), lang)}</Table.Td>
                    <Table.Td>
                      {t(
                        `network.page.combine.${statuses[i] === 'replaced' ? 'replacedBy' : statuses[i]!}`,
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group align="flex-end" mb="md">
            <Select
              label={t('network.page.combine.chooseYear')}
              w={160}
              size="md"
              allowDeselect={false}
              data={years.map(String)}
              value={String(year)}
              onChange={(v) => v && setChosenYear(Number(v))}
            />
            <TextInput
              size="md"
              w={320}
              label={t('network.page.combine.networkName')}
              value={networkName}
              onChange={(e) => setNetworkName(e.currentTarget.value)}
            />
            <NumberInput
              size="md"
              w={320}
              min={0}
              allowDecimal={false}
              label={t('network.page.combine.expected')}
              value={expected}
              onChange={(v) => setExpected(typeof v === 'number' ? v : '')}
            />
          </Group>
          <CombinedTable
            caption={t('network.pdf.byMunicipality')}
            keyHeader={t('network.pdf.municipality')}
            rows={combined.byMunicipality}
            totals={combined.totals}
          />
          <CombinedTable
            caption={t('network.pdf.byCounty')}
            keyHeader={t('network.pdf.county')}
            rows={combined.byCounty}
            keyLabel={(k) => k || t('network.pdf.noCounty')}
          />
          <CombinedTable
            caption={t('network.pdf.byType')}
            keyHeader={t('network.pdf.type')}
            rows={combined.byActivityType}
            keyLabel={(k) => t(`ui.activities.types.${k}` as never)}
          />
          {combined.byTheme.length > 0 && (
            <CombinedTable
              caption={t('network.pdf.byTheme')}
              keyHeader={t('network.pdf.theme')}
              rows={combined.byTheme}
            />
          )}
          {chart && (
            <div
              className="report-chart"
              // The same SVG string the PDF embeds; it carries its own <title> and role="img".
              dangerouslySetInnerHTML={{ __html: chart }}
            />
          )}
          <Button size="md" mt="md" loading={saving} onClick={() => void savePdfFile()}>
            {t('network.page.combine.savePdf')}
          </Button>
        </>
      )}
    </section>
  );
}

/**
 * One table of the combined figures (by municipality, county, type or theme),
 * with the sums of people as ranges where counts were suppressed, and a totals
 * row when given.
 */
function CombinedTable({
  caption,
  keyHeader,
  rows,
  keyLabel = (k) => k,
  totals,
}: {
  caption: string;
  keyHeader: string;
  rows: CombinedGroup[];
  keyLabel?: (key: string) => string;
  totals?: CombinedFigures;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const s = (sum: SmallSum) => formatSmallSum(sum, lang);
  const cells = (g: CombinedFigures) => (
    <>
      <Table.Td ta="right">{formatInteger(g.associations, lang)}</Table.Td>
      <Table.Td ta="right">{formatInteger(g.sessions, lang)}</Table.Td>
      <Table.Td ta="right">{s(g.encountersCounted)}</Table.Td>
      <Table.Td ta="right">{s(g.encountersEstimated)}</Table.Td>
      <Table.Td ta="right">{formatMinutes(g.totalMinutes, lang)}</Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={640} maw={900} mb="md">
      <Table striped withTableBorder>
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{keyHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('network.pdf.associations')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('network.pdf.sessions')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('network.pdf.encounters')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('network.pdf.estimated')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('network.pdf.hours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g) => (
            <Table.Tr key={g.key}>
              <Table.Th scope="row">{keyLabel(g.key)}</Table.Th>
              {cells(g)}
            </Table.Tr>
          ))}
          {totals && (
            <Table.Tr>
              <Table.Th scope="row">{t('network.page.combine.totals')}</Table.Th>
              {cells(totals)}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
