import '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    /** `public`: the answer is the same for everyone, so it survives a change of who is signed in. */
    queryMeta: { public?: boolean };
  }
}
