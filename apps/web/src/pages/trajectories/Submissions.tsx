import { useMemo } from 'react';
import { FormStep } from '@koers/runner';
import { formDefinition, type EventLogEntry, type FormShape } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';

export { formShapes, useEventLog, type EventLog } from './event-log';

/** A submission's answers under the form's own labels, as text. */
export function SubmissionBody({ shape, data }: { shape: FormShape; data: EventLogEntry['data'] & object }) {
  const { lang } = useLang();
  const definition = useMemo(() => formDefinition(shape), [shape]);
  return <FormStep form={definition} data={data} lang={lang} readonly showHeader={false} showSummary={false} />;
}
