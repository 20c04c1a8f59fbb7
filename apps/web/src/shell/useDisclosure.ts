import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useHashLocation } from '../routes/location';

/**
 * The WAI-ARIA disclosure pattern for a menu button and its panel: the button says whether the panel is open
 * (`aria-expanded`) and which panel it opens (`aria-controls`). Escape closes and gives the focus back to the
 * button; a click or a focus outside closes, and so does moving to another page (a link in the panel).
 *
 * @example const menu = useDisclosure(); <button {...menu.buttonProps}>Menu</button> <div {...menu.panelProps}>…</div>
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback((focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }, []);
  const [path] = useHashLocation();
  // A link in the panel leads to another page: the panel has done its work.
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    const outside = (event: Event) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open, close]);

  return {
    open,
    /** On the element holding both button and panel: inside it is not "outside". */
    rootRef,
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((was) => !was),
    },
    /** The panel's visibility is left to the style sheet (`data-open`), so a wide screen can always show it. */
    panelProps: { id, 'data-open': open },
  };
}
