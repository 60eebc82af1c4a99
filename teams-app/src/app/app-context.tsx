import type { MeResponse } from '@northstar/shared';
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client';
import type { AppRoute } from './routes';

/** What every screen may use: the API, who is signed in, and navigation. */
export interface AppServices {
  api: ApiClient;
  me: MeResponse;
  navigate: (route: AppRoute) => void;
}

export const AppContext = createContext<AppServices | null>(null);

/** The app's services; only inside the signed-in shell. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() is used outside the signed-in shell');
  return services;
}
