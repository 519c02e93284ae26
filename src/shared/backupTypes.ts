/** One automatic backup in the backup folder, as main lists it. */
export type BackupEntry = {
  name: string;
  /** When it was taken (from its name), ISO 8601 UTC. */
  takenAt: string;
  size: number;
  encrypted: boolean;
};
