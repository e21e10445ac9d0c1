import type { IdPageInformation } from '../configuration/configuration';

/** Default titles of the footer's information pages (the deployer may give others in `configuration.json`). */
export const TITRES_PAGES_INFORMATION: Readonly<Record<IdPageInformation, string>> = {
  accessibilite: 'Déclaration d’accessibilité',
  'mentions-legales': 'Mentions légales',
  'donnees-personnelles': 'Données personnelles',
  contact: 'Contact',
};
