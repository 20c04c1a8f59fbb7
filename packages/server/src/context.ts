/** Where the server gets the time: a parameter, so tests can move the clock. */
export interface Clock {
  now(): Date;
}

/** A role a user holds at an organisation (a school or a bestuur), optionally for one trajectory only. */
export interface ViewerMembership {
  organisationId: string;
  role: string;
  trajectoryId: string | null;
  /**
   * What kind of organisation it is at: a membership at a bestuur reaches its schools' trajectories only for the
   * types that let the role be held at the bestuur. Absent counts as a school.
   */
  organisationKind?: 'school' | 'bestuur' | 'group';
}

/** The signed-in user behind a request, as the auth middleware resolved it. */
export interface Viewer {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: ViewerMembership[];
  /** How the request was authenticated: a browser session (needs CSRF on writes) or an API token. */
  via: 'session' | 'token';
}

/**
 * Hono's environment for every route: the viewer is null for anonymous requests; `checkResponses` is set
 * when the app checks its answers against their declared schemas (tests); `requestId` names the request in logs.
 */
export type AppEnv = { Variables: { viewer: Viewer | null; checkResponses?: (problem: string) => void; requestId: string } };
