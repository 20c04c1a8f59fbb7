import { useEffect } from 'react';

/** Sets the browser tab's title ("… · Koers"), which screen readers announce on page changes. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Koers` : 'Koers';
  }, [title]);
}
