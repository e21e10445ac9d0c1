import { InjectionToken } from '@angular/core';

/** The information pages a deployer writes (footer links): their content lives in `configuration.json`. */
export const PAGES_INFORMATION = ['accessibilite', 'mentions-legales', 'donnees-personnelles', 'contact'] as const;
export type IdPageInformation = (typeof PAGES_INFORMATION)[number];

export interface SectionPage {
  readonly titre: string;
  readonly paragraphes: readonly string[];
  /** Optional links at the end of the section (an e-mail as `mailto:`, a form, a text). */
  readonly liens?: readonly { readonly texte: string; readonly url: string }[];
}

export interface PageInformation {
  readonly titre: string;
  /** Shown under the title: when the deployer last checked the page (free text, e.g. « 1er décembre 2026 »). */
  readonly miseAJour?: string | null;
  readonly sections: readonly SectionPage[];
}

/**
 * Runtime configuration, read from `/configuration.json` at start-up so an operator can change it
 * without rebuilding. The map works offline: `fondDeCarteUrl` (a MapLibre style URL) is optional.
 * `pages`: the footer's information pages, written by the deployer; `conformiteAccessibilite` is the RGAA state the
 * footer states (« non conforme » until an audit says otherwise).
 */
export interface Configuration {
  readonly fondDeCarteUrl: string | null;
  readonly conformiteAccessibilite: 'non conforme' | 'partiellement conforme' | 'totalement conforme';
  readonly pages: Readonly<Partial<Record<IdPageInformation, PageInformation>>>;
}

export const CONFIGURATION_PAR_DEFAUT: Configuration = { fondDeCarteUrl: null, conformiteAccessibilite: 'non conforme', pages: {} };

export const CONFIGURATION = new InjectionToken<Configuration>('Configuration Maillage', {
  providedIn: 'root',
  factory: () => CONFIGURATION_PAR_DEFAUT,
});
