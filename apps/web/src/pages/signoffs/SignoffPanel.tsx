import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { localDate, textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { trajectoryKeys } from '../../queries/trajectories';
import { type AskedSignoff, type CreatedSignoff, recordPaperSignoff, requestSignoff, revokeSignoff } from './api';
import { SignoffList } from './SignoffList';
import { SIGNOFF_TEXT as T, say } from './texts';
import './signoffs.css';

/**
 * "Ondertekening": what the current step asks to be signed (`meta.signoff`), who signed, and for those whose role
 * may: a one-time link to copy (shown once), a paper signature with its date, revoking.
 */
export function SignoffPanel({ view }: { view: TrajectoryView }) {
  if (view.signoffs.asked.length === 0) return null;
  return (
    <>
      {view.signoffs.asked.map((asked) => (
        <AskedPanel key={asked.key} trajectoryId={view.id} asked={asked} entries={view.signoffs.list.filter((s) => s.key === asked.key)} />
      ))}
    </>
  );
}

function AskedPanel({ trajectoryId, asked, entries }: { trajectoryId: string; asked: AskedSignoff; entries: TrajectoryView['signoffs']['list'] }) {
  const { lang } = useLang();
  const queryClient = useQueryClient();
  const done = () => void queryClient.invalidateQueries({ queryKey: trajectoryKeys.one(trajectoryId) });
  const revoke = useMutation({ mutationFn: (signoffId: string) => revokeSignoff(trajectoryId, signoffId), onSuccess: done });
  const id = `signoff-${asked.key}`;
  return (
    <section className="form-panel signoff" aria-labelledby={id}>
      <p className="trajectory-card__label">{say(T.panel, lang)}</p>
      <h3 id={id} className="form-panel__title">{textIn(asked.title, lang)}</h3>
      {asked.description && <p className="form-panel__description">{textIn(asked.description, lang)}</p>}
      {asked.signers && <p className="signoff__signers">{say(T.signers, lang, { who: textIn(asked.signers, lang) })}</p>}
      {entries.length === 0 ? <p className="signoff__none">{say(T.none, lang)}</p>
        : <SignoffList entries={entries} onRevoke={(s) => revoke.mutate(s)} busy={revoke.isPending} />}
      {asked.mayRequest && <RequestForms trajectoryId={trajectoryId} signoffKey={asked.key} onDone={done} />}
    </section>
  );
}

/** Asking by link (the link is shown once, to copy) or recording a paper signature. */
function RequestForms({ trajectoryId, signoffKey, onDone }: { trajectoryId: string; signoffKey: string; onDone: () => void }) {
  const { lang } = useLang();
  const [mode, setMode] = useState<'link' | 'paper'>('link');
  const [made, setMade] = useState<CreatedSignoff | undefined>();
  const [copied, setCopied] = useState(false);
  const [fields, setFields] = useState({ name: '', role: '', email: '', signedOn: localDate(new Date().toISOString()) });
  const link = useMutation({
    mutationFn: () => requestSignoff(trajectoryId, { key: signoffKey, name: fields.name, role: fields.role, ...(fields.email.trim() ? { email: fields.email.trim() } : {}) }),
    onSuccess: (created) => { setMade(created); setCopied(false); setFields((f) => ({ ...f, name: '', role: '', email: '' })); onDone(); },
  });
  const paper = useMutation({
    mutationFn: () => recordPaperSignoff(trajectoryId, { key: signoffKey, name: fields.name, role: fields.role, signedOn: fields.signedOn }),
    onSuccess: () => { setFields((f) => ({ ...f, name: '', role: '' })); onDone(); },
  });
  const pending = mode === 'link' ? link : paper;
  const failure = pending.error instanceof ApiFailure ? textIn(pending.error.error.message, lang) : pending.error ? String(pending.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pending.mutate();
  };
  const url = made ? `${window.location.origin}${window.location.pathname}${made.path.replace(/^\//, '')}` : '';
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  const input = (key: 'name' | 'role' | 'email' | 'signedOn', type = 'text') => (
    <input id={`${signoffKey}-${mode}-${key}`} className="kf-input" type={type} value={fields[key]} required={key !== 'email'}
      max={key === 'signedOn' ? localDate(new Date().toISOString()) : undefined}
      onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))} />
  );
  const label = (key: string, text: string) => <label className="kf-label" htmlFor={`${signoffKey}-${mode}-${key}`}>{text}</label>;
  return (
    <div className="signoff__request">
      <div className="signoff__modes" role="group" aria-label={say(T.panel, lang)}>
        <button type="button" className={`button ${mode === 'link' ? '' : 'button--secondary'}`} aria-pressed={mode === 'link'} onClick={() => setMode('link')}>{say(T.byLink, lang)}</button>
        <button type="button" className={`button ${mode === 'paper' ? '' : 'button--secondary'}`} aria-pressed={mode === 'paper'} onClick={() => setMode('paper')}>{say(T.onPaper, lang)}</button>
      </div>
      {made && mode === 'link' && (
        <div className="signoff__made" role="status">
          <p>{say(T.linkMade, lang, { name: made.signoff.name })}</p>
          <input className="kf-input signoff__url" readOnly value={url} aria-label={say(T.linkLabel, lang)} onFocus={(e) => e.target.select()} />
          <button type="button" className="button button--secondary" onClick={() => void copy()}>{copied ? say(T.copied, lang) : say(T.copy, lang)}</button>
        </div>
      )}
      <form className="signoff__form" onSubmit={submit}>
        <div className="signoff__field">{label('name', say(T.name, lang))}{input('name')}</div>
        <div className="signoff__field">{label('role', say(T.role, lang))}{input('role')}</div>
        {mode === 'link'
          ? <div className="signoff__field">{label('email', say(T.email, lang))}{input('email', 'email')}<p className="kf-help">{say(T.emailHint, lang)}</p></div>
          : <div className="signoff__field">{label('signedOn', say(T.signedOn, lang))}{input('signedOn', 'date')}</div>}
        {failure && <p className="form-panel__problem" role="alert">{failure}</p>}
        <button type="submit" className="button" disabled={pending.isPending}>{mode === 'link' ? say(T.requestLink, lang) : say(T.recordPaper, lang)}</button>
      </form>
    </div>
  );
}
