import { Configuration, CONFIGURATION_PAR_DEFAUT } from './configuration';

/** Reads `/configuration.json`; a missing or unreadable file means the offline defaults. */
export async function chargerConfiguration(recuperer: typeof fetch = fetch): Promise<Configuration> {
  try {
    const reponse = await recuperer('configuration.json', { cache: 'no-cache' });
    if (!reponse.ok) return CONFIGURATION_PAR_DEFAUT;
    const brute = (await reponse.json()) as Partial<Configuration>;
    const url = typeof brute.fondDeCarteUrl === 'string' && brute.fondDeCarteUrl.trim() !== '' ? brute.fondDeCarteUrl : null;
    return { fondDeCarteUrl: url };
  } catch {
    return CONFIGURATION_PAR_DEFAUT;
  }
}
