import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../../../shared/menuCommands';
import { backUpNow } from '../backup/autoBackup';
import { exportAsFileJob } from '../shared/exportAndSay';
import { useFileJob, type FileJob } from '../shared/FileJob';
import { stepStoredTextSize, setTextSize } from './textSizeStore';
import { errorReason } from '../shared/errorReason';

/**
 * Carries out the desktop application menu's commands (main sends them on
 * the `menuCommand` channel): most open a page and put the keyboard focus
 * where the work starts; export and back up run at once (the export as the
 * window's file job, with its progress dialog). Used once, in the app shell
 * (inside the router and the file job's provider, on the welcome page too).
 * Does nothing in a plain browser.
 */
export function useMenuCommands(): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const job = useFileJob();
  // The latest t, navigate and job, without re-registering with the preload.
  const latest = useRef({ t, navigate, job });
  useEffect(() => {
    latest.current = { t, navigate, job };
  });
  useEffect(() => {
    window.api?.onMenuCommand?.((command) => {
      const { navigate, t, job } = latest.current;
      void runMenuCommand(command, navigate, t, job);
    });
  }, []);
}

async function runMenuCommand(
  command: MenuCommand,
  navigate: NavigateFunction,
  t: TFunction,
  job: FileJob,
): Promise<void> {
  /** Opens `path` and focuses `selector` on it (not what matched on the page before). */
  const open = async (path: string, selector = 'main h1') => {
    const before = window.location.hash === `#${path}` ? null : document.querySelector(selector);
    await navigate(path);
    focusWhenShown(selector, 5000, before);
  };
  switch (command) {
    case 'newHourEntry':
      await open('/hours', 'section[aria-labelledby="hour-form-title"] input');
      return;
    case 'search':
      // The search field of the page shown, else the member register's.
      if (!focusWhenShown('main input[type="search"]', 0)) {
        await open('/members', 'main input[type="search"]');
      }
      return;
    case 'settings':
      await open('/settings');
      return;
    case 'restore':
      await open('/settings', window.api ? '#settings-backups' : '#settings-data');
      return;
    case 'importMembers':
      await open('/members/import');
      return;
    case 'saveReport':
      await open('/reports');
      return;
    case 'exportDataFile':
      await exportAsFileJob(job, t);
      return;
    case 'backUpNow':
      await backUpAndSay(t);
      return;
    case 'textLarger':
      stepStoredTextSize(1);
      return;
    case 'textSmaller':
      stepStoredTextSize(-1);
      return;
    case 'textReset':
      setTextSize(100);
      return;
  }
}

async function backUpAndSay(t: TFunction): Promise<void> {
  try {
    const result = await backUpNow();
    if (result === null) {
      notifications.show({ message: t('desktop.commands.nothingToBackUp'), color: 'blue' });
    } else if (result.ok) {
      notifications.show({
        message: t('desktop.commands.backedUp', { name: result.backup.name }),
        color: 'teal',
      });
    } else {
      notifications.show({
        message: t('desktop.commands.backupFailed', {
          reason: t(`fileWrite.${result.failure}`, { file: result.folder, reason: result.failure }),
        }),
        color: 'red',
        autoClose: false,
      });
    }
  } catch (e) {
    notifications.show({
      message: t('desktop.commands.backupFailed', {
        reason: errorReason(e),
      }),
      color: 'red',
      autoClose: false,
    });
  }
}

/**
 * Focuses (and scrolls to) the first element matching `selector`, now or as
 * soon as the page that has it is shown (pages load lazily), for at most
 * `waitMs`, skipping `except` (the previous page's match). A heading gets
 * tabindex -1 so it can hold the focus. Returns true when the element was
 * there at once.
 */
function focusWhenShown(selector: string, waitMs = 5000, except: Element | null = null): boolean {
  const focus = (el: HTMLElement) => {
    if (!el.matches('input, button, select, textarea, a[href], [tabindex]')) {
      el.setAttribute('tabindex', '-1');
    }
    el.scrollIntoView({ block: 'start' });
    el.focus();
  };
  const find = () =>
    [...document.querySelectorAll<HTMLElement>(selector)].find((el) => el !== except) ?? null;
  const now = find();
  if (now) {
    focus(now);
    return true;
  }
  if (waitMs <= 0) return false;
  const observer = new MutationObserver(() => {
    const el = find();
    if (!el) return;
    observer.disconnect();
    clearTimeout(timer);
    focus(el);
  });
  const timer = setTimeout(() => observer.disconnect(), waitMs);
  observer.observe(document.body, { childList: true, subtree: true });
  return false;
}
