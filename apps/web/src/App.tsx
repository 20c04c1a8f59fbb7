import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { LangProvider } from './i18n/lang';
import { createQueryClient } from './queries/client';
import { useHashLocation } from './routes/location';
import { AppRoutes } from './routes/tree';
import { Shell } from './Shell';
import { SessionProvider } from './session/session';

const queryClient = createQueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <SessionProvider>
          <Router hook={useHashLocation}>
            <Shell><AppRoutes /></Shell>
          </Router>
        </SessionProvider>
      </LangProvider>
    </QueryClientProvider>
  );
}
