/** A backup that cannot be restored here, or a database it must not be restored into. */
export class BackupRefused extends Error {
  constructor(readonly code: 'backup-invalid' | 'database-not-empty', readonly nl: string, readonly en: string) {
    super(`${nl} / ${en}`);
    this.name = 'BackupRefused';
  }
}
