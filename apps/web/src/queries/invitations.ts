import { queryOptions, useMutation } from '@tanstack/react-query';
import { acceptInvitation, createInvitation, listInvitationOptions, readInvitation } from '../pages/invitation/api';
import { useSession } from '../session/session';

/** What an invitation is for; read once (accepting it makes it gone, which is not news to show). */
export const invitationQuery = (token: string) => queryOptions({
  queryKey: ['invitations', 'token', token] as const, queryFn: () => readInvitation(token), refetchOnWindowFocus: false,
  // Read by its token, not by who is signed in: accepting it (a new session) keeps it.
  meta: { public: true },
});

/** Where this person may invite and which roles they may grant there (the server owns the rules). */
export const invitationOptionsQuery = queryOptions({ queryKey: ['invitations', 'options'] as const, queryFn: listInvitationOptions });

/** Accepts an invitation; the session the server answers with becomes the app's (a new person is signed in). */
export function useAcceptInvitation(token: string) {
  const { adopt } = useSession();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) => acceptInvitation(token, body),
    onSuccess: adopt,
  });
}

export function useCreateInvitation() {
  return useMutation({ mutationFn: createInvitation });
}
