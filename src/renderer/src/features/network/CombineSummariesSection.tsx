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
  type SummaryFile,
} from '../../../../core/network';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';

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
            reason: e instanceof Error ? e.message : String(e),
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
        message: e instanceof Error ? e.message : String(e),
      });
    } finally {
      setSaving(false);
    }
  };

  const chart = combined ? regionalHoursChartSvg(combined, lang) : null;
  const s = (sum: Parameters<typeof formatSmallSum>[0]) => formatSmallSum(sum, lang);

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
          <Table.ScrollContainer minWidth={640} maw={900} mb="md">
            <Table striped withTableBorder>
              <caption>{t('network.pdf.byMunicipality')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('network.pdf.municipality')}</Table.Th>
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
                {combined.byMunicipality.map((m) => (
                  <Table.Tr key={m.key}>
                    <Table.Th scope="row">{m.key}</Table.Th>
                    <Table.Td ta="right">{formatInteger(m.associations, lang)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(m.sessions, lang)}</Table.Td>
                    <Table.Td ta="right">{s(m.encountersCounted)}</Table.Td>
                    <Table.Td ta="right">{s(m.encountersEstimated)}</Table.Td>
                    <Table.Td ta="right">{formatMinutes(m.totalMinutes, lang)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('network.page.combine.totals')}</Table.Th>
                  <Table.Td ta="right">
                    {formatInteger(combined.totals.associations, lang)}
                  </Table.Td>
                  <Table.Td ta="right">{formatInteger(combined.totals.sessions, lang)}</Table.Td>
                  <Table.Td ta="right">{s(combined.totals.encountersCounted)}</Table.Td>
                  <Table.Td ta="right">{s(combined.totals.encountersEstimated)}</Table.Td>
                  <Table.Td ta="right">
                    {formatMinutes(combined.totals.totalMinutes, lang)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
