import { Modal, Progress, Stack, Text } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, progressPercent } from '../../../core/format';
import { useLanguage } from './useLanguage';

/**
 * Where a big file's restore, merge or import is: the file being read (before
 * its records are counted), its records checked and written (with counts),
 * for a merge this computer's records read and the merged whole checked, or
 * the current data being backed up first; or how much of an export's data
 * file is written.
 */
export type FileJobProgress =
  | {
      phase: 'validating' | 'comparing' | 'checkingMerge' | 'writing' | 'exporting';
      done: number;
      total: number;
    }
  | { phase: 'reading' | 'backup' | 'saving' };

/** A second restore, merge or import was asked for while one runs: it is refused, not queued. */
export class FileJobBusyError extends Error {
  constructor() {
    super('file-job-busy');
    this.name = 'FileJobBusyError';
  }
}

export type FileJob = {
  /** Counts the jobs run: tells one job's dialog from the next one's. */
  id: number;
  progress: FileJobProgress | null;
  /** True while a job runs: pickers and buttons that would start another are disabled. */
  busy: boolean;
  run: <T>(work: (report: (p: FileJobProgress) => void) => Promise<T>) => Promise<T>;
};

const FileJobContext = createContext<FileJob | null>(null);

/**
 * One file job at a time for the whole window (a page's buttons and the
 * desktop menu's export share it), with its progress shown in one
 * FileJobDialog. Disabled buttons keep a second job from being asked for; the
 * guard here refuses one anyway (an undo in a notification, a double click
 * before the state has updated, the menu), because two jobs would overwrite
 * each other's data. Placed once, in the app shell, above the start page and
 * the app's pages, so a job outlives the page that started it.
 */
export function FileJobProvider({ children }: { children: ReactNode }) {
  const [progress, setProgress] = useState<FileJobProgress | null>(null);
  const [id, setId] = useState(0);
  const running = useRef(false);
  const run = useCallback(
    async <T,>(work: (report: (p: FileJobProgress) => void) => Promise<T>): Promise<T> => {
      if (running.current) throw new FileJobBusyError();
      running.current = true;
      setId((n) => n + 1);
      setProgress({ phase: 'reading' });
      try {
        return await work(setProgress);
      } finally {
        running.current = false;
        setProgress(null);
      }
    },
    [],
  );
  const job = useMemo<FileJob>(
    () => ({ id, progress, busy: progress !== null, run }),
    [id, progress, run],
  );
  return (
    <FileJobContext.Provider value={job}>
      {children}
      <FileJobDialog job={job} />
    </FileJobContext.Provider>
  );
}

/** The window's file job (see FileJobProvider). */
export function useFileJob(): FileJob {
  const job = useContext(FileJobContext);
  if (!job) throw new Error('useFileJob: no FileJobProvider above');
  return job;
}

// A small file is done before a dialog would be read: show it only for a job
// that is still running after this long, so it does not flash.
const SHOW_AFTER_MS = 300;

/**
 * A dialog that cannot be closed while a big file is checked and written:
 * a progress bar with counts, so the user knows it is working, and a modal
 * overlay, so nothing else (a second restore) can be started meanwhile.
 */
function FileJobDialog({ job }: { job: FileJob }) {
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
  const counted = p && 'done' in p ? p : null;
  const label = counted
    ? t(`progress.${counted.phase}`, {
        done: formatInteger(counted.done, lang),
        total: formatInteger(counted.total, lang),
      })
    : p
      ? t(`progress.${p.phase}`)
      : '';
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
              // Saving follows writing every record: the bar stays full rather than going back to empty.
              value={
                counted
                  ? progressPercent(counted.done, counted.total)
                  : p?.phase === 'saving'
                    ? 100
                    : 0
              }
              animated={!counted || counted.total === 0}
            />
            <Text size="sm" c="gray.7">
              {t(
                p?.phase === 'exporting' || p?.phase === 'saving'
                  ? 'progress.exportWait'
                  : 'progress.wait',
              )}
            </Text>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
