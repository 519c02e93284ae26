/// <reference lib="webworker" />
import { parseDataFile } from '../../../core/dataFile';
import type { DataFileWorkerMessage, DataFileWorkerRequest } from './dataFileWorkerMessage';

// Decoding, JSON parsing and validating 200 000 records takes seconds: here,
// off the window's thread, so the page stays responsive and shows progress.
const post = (message: DataFileWorkerMessage) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<DataFileWorkerRequest>) => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(event.data.bytes);
  } catch {
    post({ type: 'result', result: { ok: false, issues: [{ code: 'notJson' }] } });
    return;
  }
  const result = parseDataFile(text, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'result', result });
};
