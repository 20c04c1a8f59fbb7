/// <reference types="vite/client" />

declare module 'virtual:koers-catalog' {
  import type { Localized } from '@koers/engine';
  /** Every form in forms/ by file name, with its title (see vite.config.ts). */
  export const forms: Array<{ id: string; title: Localized }>;
  /** Per trajectory type, the forms it uses in the order they first appear. */
  export const types: Array<{ id: string; title: Localized; forms: string[] }>;
}
