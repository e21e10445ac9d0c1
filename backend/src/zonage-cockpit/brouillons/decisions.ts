import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { Jauges, calculerJauges } from '../jauges/jauges';
import { valeurParametre } from '../methode/parametres-methode';
import { CLASSES_UNITE, ClasseQpv, ClasseUnite } from '../unites/classes-cockpit';
import { Socle, UniteSocle } from '../unites/socle';
import { LONGUEUR_MIN_JUSTIFICATION } from '../unites/verrou';

export interface DecisionUnite {
  classe: ClasseUnite;
  force: boolean;
  justificationForcage: string | null;
  justification: string | null;
}

export type OrigineBrouillon = 'en_vigueur' | 'categories';

/** The class a unit starts with: its class in force, or its national category (sélection nationale → ZIP, else hors zonage). */
export function classeInitiale(u: UniteSocle, origine: OrigineBrouillon): ClasseUnite {
  if (u.verrou?.type === 'selection_nationale') return 'ZIP';
  const parCategorie: ClasseUnite = u.categorie === 'selection_nationale' ? 'ZIP' : 'HZ';
  return origine === 'en_vigueur' ? (u.classeEnVigueur ?? parCategorie) : parCategorie;
}

export function decisionsInitiales(socle: Socle, origine: OrigineBrouillon): { unites: Map<string, DecisionUnite>; qpv: Map<string, ClasseQpv> } {
  const unites = new Map<string, DecisionUnite>();
  for (const u of socle.unites) unites.set(u.code, { classe: classeInitiale(u, origine), force: false, justificationForcage: null, justification: null });
  const qpv = new Map<string, ClasseQpv>();
  if (origine === 'en_vigueur') for (const q of socle.qpv) if (q.classeEnVigueur) qpv.set(q.code, q.classeEnVigueur);
  return { unites, qpv };
}

export interface ModificationUnite {
  classe?: string;
  forcer?: boolean;
  justificationForcage?: string;
  justification?: string | null;
}

/**
 * Applies a planner's change to a unit's decision. A locked unit (sélection nationale, unit of another région) keeps
 * its class unless it is forced with a written justification; un-forcing puts the lock's class back.
 */
export function modifierDecision(u: UniteSocle, actuelle: DecisionUnite, m: ModificationUnite, origine: OrigineBrouillon): DecisionUnite {
  const suivante: DecisionUnite = { ...actuelle };
  if (m.classe !== undefined && !(CLASSES_UNITE as readonly string[]).includes(m.classe)) {
    throw new ErreurDomaine('ENTREE_INVALIDE', `classe : attendu ${CLASSES_UNITE.join(', ')}.`, [
      { champ: 'classe', valeur: m.classe, message: 'classe inconnue' },
    ]);
  }
  if (m.forcer === true) {
    const texte = (m.justificationForcage ?? actuelle.justificationForcage ?? '').trim();
    if (texte.length < LONGUEUR_MIN_JUSTIFICATION) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `justificationForcage : forcer une unité verrouillée demande une justification écrite (${LONGUEUR_MIN_JUSTIFICATION} caractères au moins).`,
        [{ champ: 'justificationForcage', valeur: m.justificationForcage ?? null, message: `${LONGUEUR_MIN_JUSTIFICATION} caractères au moins` }],
      );
    }
    if (!u.verrou) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `forcer : l’unité ${u.code} (${u.nom}) n’est pas verrouillée.`, [
        { champ: 'forcer', valeur: true, message: 'unité non verrouillée' },
      ]);
    }
    suivante.force = true;
    suivante.justificationForcage = texte.slice(0, 4000);
  } else if (m.forcer === false && actuelle.force) {
    suivante.force = false;
    suivante.justificationForcage = null;
    suivante.classe = classeInitiale(u, origine);
  }
  if (m.classe !== undefined && m.classe !== suivante.classe) {
    if (u.verrou && !suivante.force) {
      throw new ErreurDomaine(
        'CONFLIT',
        `Unité ${u.code} (${u.nom}) verrouillée — ${u.verrou.message} Pour changer sa classe, forcez-la avec une justification écrite.`,
        [{ champ: 'classe', valeur: m.classe, message: 'unité verrouillée' }],
      );
    }
    suivante.classe = m.classe as ClasseUnite;
  }
  if (m.justification !== undefined) {
    const t = (m.justification ?? '').trim();
    suivante.justification = t ? t.slice(0, 4000) : null;
  }
  return suivante;
}

export function jaugesDe(socle: Socle, unites: ReadonlyMap<string, DecisionUnite>, qpv: ReadonlyMap<string, ClasseQpv>): Jauges {
  return calculerJauges(
    socle.unites.map((u) => ({ code: u.code, classe: unites.get(u.code)?.classe ?? 'HZ', categorie: u.categorie, populationRegion: u.populationRegion })),
    socle.qpv.map((q) => ({ code: q.code, parts: q.parts, classe: qpv.get(q.code) ?? null })),
    {
      plafondZip: valeurParametre(socle.parametres, 'plafond_zip'),
      plafondZac: valeurParametre(socle.parametres, 'plafond_zac'),
      margeDerogatoire: valeurParametre(socle.parametres, 'marge_derogatoire'),
    },
  );
}
