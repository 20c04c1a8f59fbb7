import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { LangProvider, useLang } from './i18n/lang';
import { createQueryClient } from './queries/client';
import { createAppRouter } from './router';
import { SessionProvider } from './session/session';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

/** While a page's code is on its way (the first visit of a page loads its chunk). */
function Loading() {
  const { appText } = useLang();
  return <p className="app-loading">{appText('loading')}</p>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <SessionProvider>
          <RouterProvider router={router} defaultPendingComponent={Loading} />
        </SessionProvider>
      </LangProvider>
    </QueryClientProvider>
  );
}
