import type { Lang } from '@koers/engine';
import { APP_MESSAGES, appMsg, type AppMessageKey } from '../../i18n/messages';

/** A role's name for people ("Intern begeleider"); an unknown role shows as its key. */
export function roleLabel(role: string, lang: Lang): string {
  const key = `role_${role}`;
  return Object.hasOwn(APP_MESSAGES, key) ? appMsg(key as AppMessageKey, lang) : role;
}
