export type {
  Localized, JsonValue, JsonObject, Expression, Ref, GuardRef, TransitionConfig, TransitionWarning, TransitionSpec, EventSpec, StepMeta,
  StateConfig, MachineConfig, RoleSpec, RoleLevel, TrajectorySubject, LabelSpec, BudgetSpec, CounterSpec, VariableSpec, TrajectoryDefinition,
  FormDefinition, FormAccessSpec, FormRule, TrajectoryContext, TimeSpec, SignoffSpec, Holiday, CalendarAnchor, TimerSpec, ReminderSpec,
  GroupsSpec, GroupMeetingSpec, AttendanceRule,
} from './format/types';
export { textIn, localized, dateTitle, PLACEHOLDER_DESCRIPTION, isPlaceholderDescription, humanizeValue, type Lang } from './format/localize';
export { ROLE_ID_PATTERN, grantedByOf, heldAtOf, rolePolicyOf, subjectOf, type RolePolicy } from './format/roles';
export {
  buildIndex, resolveTarget, leafPaths, ancestry, refList, refType, transitionList, isDecisionPoint, isWithin,
  type StateInfo, type TransitionInfo, type StructureIndex,
} from './format/structure';
export { DefinitionError, TransitionRejected, type Problem, type FieldError, type RejectionReason } from './errors';
export { parseJson, escapePointer, getAtPointer, pointerSegments, DEFAULT_LIMITS, DEFINITION_MAX_DEPTH, type ParseLimits } from './load/json';
export { loadBundle, loadBundleOrThrow, loadDefinition, type SourceFile, type LoadedBundle, type LoadOptions } from './load/bundle';
export { checkBundle, sketchBundle, DEFINITION_FILE, formFile } from './load/check-bundle';
export { createFormCache, type FormCache, type CheckedForm } from './load/form-cache';
export { checkExpression, evaluate, ALLOWED_OPERATORS } from './expr/logic';
export { toDate, addToDate, daysBetween, schoolYearOf, DATE_OPERATIONS } from './expr/dates';
export { checkRules, ruleErrors, ruleWarnings, ruleFieldPaths, type RuleOutcome } from './forms/rules';
export { createAjv, localizeErrors } from './forms/ajv';
export { compileForm, type CompiledForm } from './forms/form';
export { schemaAt, i18nKey, fieldLabel, fieldLabels, type SchemaNode } from './forms/fields';
export { GUARD_SPECS, ACTION_SPECS } from './vocab/params';
export type { Facts } from './vocab/data';
export { compileDefinition, type CompiledDefinition, type EventDeclaration, type TimerDeclaration } from './run/compile';
export {
  start, send, describe, eventsFor,
  type EngineResult, type StepView, type EventView, type Actor, type SendOptions, type RaisedFlag,
} from './run/engine';
export type { TrajectorySnapshot, Effect } from './run/snapshot';
export { declarationsIn, eventFormIn } from './run/declarations';
export { eventConsequences, asksFirst, isExpected, isOnceOnly, type EventConsequences } from './run/consequences';
export { prefillFor, prefillSpec, prefillData, sourceOf as prefillSource, type Prefill, type PrefillOrigin } from './run/prefill';
export { missingRequired, isEmptyAnswer } from './run/required';
export { submitCheck, type SubmitRefusal } from './run/submit-check';
export { rejectionMessage } from './run/messages';
export { addDuration, addDurationTimes, SCHOOL_TIME_ZONE } from './time/duration';
export { durationText } from './time/duration-words';
export {
  schoolCalendar, anchorMoment, anchorWords, isAnchor, isSchoolDay, isClosed, nextSchoolDay, holidayOn,
  ANCHORS, REGIONS, HOLIDAYS, CALENDAR_SOURCE, type Region, type HolidayPeriod, type SchoolCalendar,
} from './time/calendar';
export { midnight, localDate, localHour, publicHolidays } from './time/days';
export { resolveTime, timeWords, type TimeContext } from './time/moment';
export { stepDueAt, shiftOffClosedDays } from './time/due';
export { schedule, overdueMoments, type Scheduled } from './time/schedule';
export { SYSTEM_ACTOR, SYSTEM_NAME, activeTimers, timersIn, type TimerView } from './run/timers';
export { checkSender } from './run/sender';
export { waitingNow, eventTitle, type WaitingNow, type SystemWait } from './run/waiting';
export { warningCode, raisedWarnings } from './run/warnings';
export { describeGuard, conditionPhrase } from './describe/guards';
export { diffBundles, type BundleChange, type BundleJson, type ChangeSubject } from './describe/diff';
export { DIFF_WORDS, type DiffWord } from './describe/diff-words';
export { describeExpression, type DescribeContext } from './describe/expression';
export { answerText, valueText, formTitle, fieldSchema, type FieldSchema } from './describe/values';
export { DESCRIPTION_WORDS } from './describe/words';
export { simplePaths, type TrajectoryPath, type PathStep, type PathBlocker } from './graph/paths';
export { SYSTEM_ROLE } from './graph/moves';
export { meetingFields, meetingDurationProblem, type MeetingField, type MeetingKeyword } from './forms/meetings';
export { meetingsOf, type Meeting } from './agenda/meetings';
export { groupEventsOf, handlesEvent } from './groups/events';
export { checkAttendance, type AttendanceCheck, type PresentPerson } from './groups/attendance';
export { groupFacts, type MeetingRecord } from './groups/facts';
export { formAccessOf, canReadForm, canReadWholeForm, readableAnswers, readableForms } from './access/form-access';
