import { Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, progressPercent } from '../../../core/format';
import { useLanguage } from './useLanguage';

/** Where a big file's restore, merge or import is: counts of records. */
export type FileJobProgress =
  { phase: 'validating' | 'writing'; done: number; total: number } | { phase: 'backup' };

export type FileJob = {
  /** Counts the jobs run: tells one job's dialog from the next one's. */
  id: number;
  progress: FileJobProgress | null;
  /** True while a job runs: pickers and buttons that would start another are disabled. */
  busy: boolean;
  run: <T>(work: (report: (p: FileJobProgress) => void) => Promise<T>) => Promise<T>;
};

/** One file job at a time for a page, with its progress for FileJobDialog. */
export function useFileJob(): FileJob {
  const [progress, setProgress] = useState<FileJobProgress | null>(null);
  const [id, setId] = useState(0);
  return {
    id,
    progress,
    busy: progress !== null,
    run: async (work) => {
      setId((n) => n + 1);
      setProgress({ phase: 'validating', done: 0, total: 0 });
      try {
        return await work(setProgress);
      } finally {
        setProgress(null);
      }
    },
  };
}

// A small file is done before a dialog would be read: show it only for a job
// that is still running after this long, so it does not flash.
const SHOW_AFTER_MS = 300;

/**
 * A dialog that cannot be closed while a big file is checked and written:
 * a progress bar with counts, so the user knows it is working, and a modal
 * overlay, so nothing else (a second restore) can be started meanwhile.
 */
export function FileJobDialog({ job }: { job: FileJob }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The job whose dialog has been waited for long enough.
  const [shownFor, setShownFor] = useState(-1);
  const running = job.progress !== null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => setShownFor(job.id), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [running, job.id]);
  const p = job.progress;
  const counted = p && p.phase !== 'backup' ? p : null;
  const label = !p
    ? ''
    : p.phase === 'backup'
      ? t('progress.backup')
      : t(`progress.${p.phase}`, {
          done: formatInteger(p.done, lang),
          total: formatInteger(p.total, lang),
        });
  return (
    <Modal.Root
      opened={running && shownFor === job.id}
      onClose={() => undefined}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      size="lg"
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700} fz="lg">
            {t('progress.title')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Stack gap="sm">
            <Text role="status">{label}</Text>
            <Progress
              size="lg"
              aria-label={label}
              value={counted ? progressPercent(counted.done, counted.total) : 0}
              animated={!counted || counted.total === 0}
            />
            <Text size="sm" c="gray.7">
              {t('progress.wait')}
            </Text>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
