import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog (the browser's own `<dialog>`: focus kept inside, Escape closes, the page behind inert), open
 * while mounted. `onClose` is asked on Escape; `role="alertdialog"` when the reader must choose.
 */
export function Modal({ title, onClose, children, alert = false, wide = false }: {
  title: string; onClose: () => void; children: ReactNode; alert?: boolean; wide?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog ref={ref} className={`modal${wide ? ' modal--wide' : ''}`} role={alert ? 'alertdialog' : 'dialog'} aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}>
      <h2 id={`${id}-title`} className="modal__title">{title}</h2>
      {children}
    </dialog>
  );
}
