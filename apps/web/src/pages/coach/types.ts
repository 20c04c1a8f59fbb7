import type { Localized } from '../../api/client';

/** The shapes of GET /api/types and GET /api/overview (see packages/server/src/overview/service.ts). */
export interface TypeSummary {
  id: string;
  version: number;
  title: Localized;
  description?: Localized;
}

export interface Ref {
  id: string;
  title: Localized;
}

export interface OverviewStep {
  path: string;
  title: Localized;
  count: number;
  overdue: number;
  expectedDuration?: string;
}

export interface SchoolStep {
  path: string;
  title: Localized;
  enteredAt: string;
  daysInStep: number;
  expectedDays: number | null;
  dueAt: string | null;
  overdue: boolean;
  waitingFor: { roles: Ref[]; forms: Ref[] };
}

export interface Budget extends Ref {
  unit: Localized;
  limit: number;
  used: number;
}

export interface SchoolRow {
  trajectoryId: string;
  school: { id: string; name: string };
  steps: SchoolStep[];
  overdue: boolean;
  waitingRoles: Ref[];
  lastActivityAt: string;
  daysSinceActivity: number;
  budgets: Budget[];
}

export interface Overview {
  type: { id: string; version: number; title: Localized };
  at: string;
  totals: { active: number; overdue: number; done: number };
  steps: OverviewStep[];
  schools: SchoolRow[];
}
