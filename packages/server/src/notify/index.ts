export { type Mailer, type MailMessage } from './mailer';
export { createDelivery, type DeliveryDeps, type DeliveryResult } from './delivery';
export { createMailWorker, type MailWorkerDeps, type MailTickResult, MAIL_BACKOFF_MS, MAIL_ATTEMPTS } from './mail-worker';
export { DIGEST_HOUR } from './digest';
