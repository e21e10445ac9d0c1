import { decouperLigne, lignesDe } from '../../common/fichiers/decouper-ligne';

export interface IndicateurBv {
  bv_code: string;
  indicateur: 'part_75_ans_plus' | 'taux_pauvrete' | 'niveau_vie_median';
  annee: number;
  valeur: number | null;
  source: string;
}

/** Columns kept from the INSEE « statistiques locales » export by bassin de vie, found by their header text. */
const COLONNES: { indicateur: IndicateurBv['indicateur']; motif: RegExp }[] = [
  { indicateur: 'part_75_ans_plus', motif: /^Part des pers\. âgées de 75 ans ou \+ (\d{4})$/ },
  { indicateur: 'taux_pauvrete', motif: /^Taux de pauvreté (\d{4})$/ },
  { indicateur: 'niveau_vie_median', motif: /^Médiane du niveau de vie (\d{4})$/ },
];

export const SOURCE_DETERMINANTS_BV = 'INSEE, statistiques locales par bassin de vie 2022';

/**
 * Reads the INSEE « statistiques locales » export by bassin de vie 2022 (two title lines, `Code;Libellé;…`): share of
 * people aged 75 or more, poverty rate, median standard of living, each with the year of its header. Values under
 * statistical secrecy (« N/A ») are kept as null. Refuses a file where a column is missing.
 */
export function lireDeterminantsBv(texte: string, nomFichier: string): IndicateurBv[] {
  const lignes = lignesDe(texte);
  const iEntete = lignes.findIndex((l) => /^Code;Libell/.test(l));
  if (iEntete < 0) throw new Error(`${nomFichier} : en-tête « Code;Libellé;… » introuvable.`);
  const entete = decouperLigne(lignes[iEntete], ';').map((c) => c.trim());
  const colonnes = COLONNES.map((c) => {
    const i = entete.findIndex((e) => c.motif.test(e));
    if (i < 0) throw new Error(`${nomFichier} : colonne ${c.motif.source} introuvable.`);
    return { ...c, i, annee: Number(c.motif.exec(entete[i])![1]) };
  });
  const resultat: IndicateurBv[] = [];
  for (const l of lignes.slice(iEntete + 1)) {
    const champs = decouperLigne(l, ';');
    if (!/^[0-9AB]{5}$/.test(champs[0] ?? '')) continue;
    for (const c of colonnes) {
      const brut = (champs[c.i] ?? '').trim();
      const valeur = brut === '' || /^N\/A/.test(brut) ? null : Number(brut);
      resultat.push({
        bv_code: champs[0],
        indicateur: c.indicateur,
        annee: c.annee,
        valeur: valeur === null || Number.isFinite(valeur) ? valeur : null,
        source: `${SOURCE_DETERMINANTS_BV} (${entete[c.i]})`,
      });
    }
  }
  if (!resultat.length) throw new Error(`${nomFichier} : aucune ligne de bassin de vie.`);
  return resultat;
}
