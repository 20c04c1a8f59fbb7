import type { Overview } from '../../api/overview';
import type { TypeRow } from '../../api/types';

/** The shapes of GET /api/types and GET /api/overview, typed by the server's routes. */
export type { Overview };
export type TypeSummary = TypeRow;
export type OverviewStep = Overview['steps'][number];
export type SchoolRow = Overview['schools'][number];
export type SchoolStep = SchoolRow['steps'][number];
export type Ref = SchoolRow['waitingRoles'][number];
export type Budget = SchoolRow['budgets'][number];
