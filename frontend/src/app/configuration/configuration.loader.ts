import { Configuration, CONFIGURATION_PAR_DEFAUT, IdPageInformation, PageInformation, PAGES_INFORMATION, SectionPage } from './configuration';

const CONFORMITES: readonly Configuration['conformiteAccessibilite'][] = ['non conforme', 'partiellement conforme', 'totalement conforme'];

/** Reads `/configuration.json`; a missing or unreadable file means the offline defaults. */
export async function chargerConfiguration(recuperer: typeof fetch = fetch): Promise<Configuration> {
  try {
    const reponse = await recuperer('configuration.json', { cache: 'no-cache' });
    if (!reponse.ok) return CONFIGURATION_PAR_DEFAUT;
    const brute = (await reponse.json()) as Record<string, unknown>;
    const url = typeof brute['fondDeCarteUrl'] === 'string' && brute['fondDeCarteUrl'].trim() !== '' ? brute['fondDeCarteUrl'] : null;
    const conformite = CONFORMITES.find((c) => c === brute['conformiteAccessibilite']) ?? CONFIGURATION_PAR_DEFAUT.conformiteAccessibilite;
    return { fondDeCarteUrl: url, conformiteAccessibilite: conformite, pages: lirePages(brute['pages']) };
  } catch {
    return CONFIGURATION_PAR_DEFAUT;
  }
}

/** The well-formed pages only (a typo in one page never hides the others). */
function lirePages(brutes: unknown): Partial<Record<IdPageInformation, PageInformation>> {
  const pages: Partial<Record<IdPageInformation, PageInformation>> = {};
  if (!brutes || typeof brutes !== 'object') return pages;
  for (const id of PAGES_INFORMATION) {
    const page = (brutes as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
    if (!page || typeof page['titre'] !== 'string' || !Array.isArray(page['sections'])) continue;
    const sections = (page['sections'] as unknown[]).map(lireSection).filter((s): s is SectionPage => s !== null);
    pages[id] = { titre: page['titre'], miseAJour: typeof page['miseAJour'] === 'string' ? page['miseAJour'] : null, sections };
  }
  return pages;
}

function lireSection(brute: unknown): SectionPage | null {
  const s = brute as Record<string, unknown> | null;
  if (!s || typeof s['titre'] !== 'string') return null;
  const paragraphes = Array.isArray(s['paragraphes']) ? s['paragraphes'].filter((p): p is string => typeof p === 'string') : [];
  const liens = Array.isArray(s['liens'])
    ? (s['liens'] as Record<string, unknown>[])
        .filter((l) => l && typeof l['texte'] === 'string' && typeof l['url'] === 'string' && /^(https?:|mailto:|\/)/.test(l['url']))
        .map((l) => ({ texte: l['texte'] as string, url: l['url'] as string }))
    : [];
  return { titre: s['titre'], paragraphes, liens };
}
