import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Answer, answer, api, path } from '../api/client';

/** One page of the inbox as the API answers it. */
export type InboxPage = Answer<typeof api.inbox.$get>;
export type InboxItem = InboxPage['items'][number];
export type MailSettings = Answer<typeof api.me.settings.$get>;
export type Outbox = Answer<typeof api.admin.mails.$get>;
export type MailStatus = Outbox['items'][number]['status'];
export const MAIL_STATUSES: readonly MailStatus[] = ['held', 'pending', 'sent', 'dead'];

const inboxKey = ['inbox'] as const;

/** The unread count for the bell: asked again every minute and when the window gets the focus again. */
export const inboxCountQuery = queryOptions({
  queryKey: [...inboxKey, 'count'] as const,
  queryFn: () => answer(api.inbox.count.$get()),
  refetchInterval: 60_000,
});

/** The newest notifications (all, or only the unread ones). */
export const inboxQuery = (unread: boolean) => queryOptions({
  queryKey: [...inboxKey, 'list', unread] as const,
  queryFn: () => answer(api.inbox.$get({ query: { limit: '100', ...(unread ? { unread: 'true' } : {}) } })),
});

/** Marking read changes the list and the bell's count. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => answer(api.inbox[':id'].read.$post({ param: path({ id: String(id) }) })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => answer(api.inbox['read-all'].$post()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}

export const settingsQuery = queryOptions({ queryKey: ['me', 'settings'] as const, queryFn: () => answer(api.me.settings.$get()) });

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: MailSettings) => answer(api.me.settings.$put({ json })),
    onSuccess: (saved) => queryClient.setQueryData(settingsQuery.queryKey, saved),
  });
}

/** The admin's outbox of one status. */
export const outboxQuery = (status: MailStatus) => queryOptions({
  queryKey: ['admin', 'mails', status] as const,
  queryFn: () => answer(api.admin.mails.$get({ query: { status } })),
});

export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => answer(api.admin.mails[':id'].retry.$post({ param: path({ id: String(id) }) })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'mails'] }),
  });
}
