export { FormStep, hasRequiredFields, type FormStepProps } from './form/FormStep';
export { ErrorSummary, uniqueErrors, summaryText, tabForPath } from './form/ErrorSummary';
export { toAdditionalErrors, fieldLabel, fieldLabelParts, pointerToPath, pointerSegments, withoutIndices, type FormError } from './form/errors';
export { liveRules, withoutResolved, type LiveRules } from './form/live-rules';
export { categoryOfPath, controlPaths, scopeToPath } from './form/categories';
export { fieldId } from './form/context';
export { CarriedNotice, carriedText, submittedOn, withoutCarried, type CarriedOrigin } from './form/CarriedNotice';
export { koersRenderers, koersCells } from './renderers';
export {
  fieldKind, isScaleSchema, isMultiChoiceSchema, isRepeatableSchema, choiceStyle, isInRepeatedItem,
  fieldTester, scaleTester, choiceTester, oneOfChoiceTester, multiChoiceTester, repeatableTester, categorizationTester,
  type FieldKind,
} from './renderers/testers';
export { formatValue, isEmptyValue } from './renderers/format';
export { parseNumber } from './renderers/FieldControl';
export { scaleSteps } from './renderers/ScaleControl';
export { itemTitle } from './renderers/RepeatableControl';
export { formTranslator, humanizeValue, optionLabel } from './i18n/translate';
export { MESSAGES, msg, type MessageKey } from './i18n/messages';
export { Stepper, type StepperProps, type StepperStep, type StepStatus } from './progress/Stepper';
export { skippedSteps } from './progress/skipped';
export { History, type HistoryProps, type HistoryEntry } from './progress/History';
