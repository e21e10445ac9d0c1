import { ProfessionZonage, PROFESSIONS_ZONAGE } from '../../zonage/classes-zonage';
import { THEMES_DONNEES } from '../../jeux-de-donnees/themes-donnees';
import { pluriel } from '../../common/texte/pluriel';
import { dateEnFrancais } from '../regles/dates';
import { AideAnterieure, Fait, Faits, SOURCE_DECLARATION } from '../regles/fait';
import { CLASSES_ZONAGE_CONVENTIONNEL, CLASSES_ZONAGE_MEDECIN, LIBELLES_ZONAGE, Profession, ZONAGE_DE_LA_PROFESSION } from '../regles/faits-connus';
import { libelle } from '../regles/libelles';
import { ClasseZonage, QpvDeCommune, RuraliteCommune, VersionZonage } from '../ports/source-zonage';
import { ZoneRougeDeCommune } from '../ports/source-zones-rouges';
import { CommuneDemande, Demande } from './demande';

/** What the zonage feature says about the commune, at the date of the question (and of installation). */
export interface ContexteZonage {
  medecin: ClasseZonage;
  infirmier: ClasseZonage;
  /** Zonage médecins at the declared installation date, when there is one. */
  medecinInstallation: ClasseZonage | null;
  /** Zonage of the declared profession when it is neither médecin nor infirmier (sages-femmes, kinésithérapeutes…). */
  profession?: { zonage: ProfessionZonage; classe: ClasseZonage } | null;
  qpv: QpvDeCommune[];
  ruralite: RuraliteCommune;
  /** Whether the commune's intercommunalité is a zone rouge (June 2025); absent or null: the list was not consulted. */
  zoneRouge?: ZoneRougeDeCommune | null;
}

/** "zonage … (ARS Occitanie, arrêté … du …, en vigueur depuis le …)" — says so when the arrêté date is unknown. */
export function decrireVersion(v: VersionZonage, commune: CommuneDemande): string {
  const arrete = v.arrete ? `arrêté ${v.arrete}` : 'arrêté non référencé';
  const dateArrete = v.dateArrete ? ` du ${dateEnFrancais(v.dateArrete)}` : ', date de l’arrêté inconnue';
  const region = v.region ? (v.region === commune.region ? `ARS ${commune.regionNom}` : 'autre région') : 'national';
  const debut = v.debut
    ? v.debutConnu === false
      ? `millésime ${v.debut.slice(0, 4)} du fichier publié, date d’effet inconnue`
      : `en vigueur depuis le ${dateEnFrancais(v.debut)}`
    : 'date d’effet inconnue';
  return `version « ${v.libelle} », ${region}, ${arrete}${dateArrete}, ${debut}${v.fin ? ` jusqu’au ${dateEnFrancais(v.fin)}` : ''}`;
}

/** « zonage médecins généralistes », « zonage des sages-femmes ». */
export function nomZonage(p: ProfessionZonage): string {
  return p === 'medecin' ? 'zonage médecins généralistes' : `zonage des ${LIBELLES_ZONAGE[p]}`;
}

/** The zonage of the user's profession (doctors: médecins généralistes; structures: médecins), or null (pharmacists). */
export function zonageDuDemandeur(d: Pick<Demande, 'profession' | 'situation'>): ProfessionZonage | null {
  if (!d.profession) return d.situation === 'structure' || d.situation === 'collectivite' ? 'medecin' : null;
  return ZONAGE_DE_LA_PROFESSION[d.profession as Profession] ?? null;
}

function faitZonage(
  z: ClasseZonage,
  profession: ProfessionZonage,
  commune: CommuneDemande,
  date: string,
  declaree: string | undefined,
  champ: string | undefined,
): Fait {
  const quoi = nomZonage(profession);
  const qui = `commune ${commune.code} (${commune.nom})`;
  const quand = `au ${dateEnFrancais(date)}`;
  const classesConnues: readonly string[] = profession === 'medecin' ? CLASSES_ZONAGE_MEDECIN : CLASSES_ZONAGE_CONVENTIONNEL;
  // A class read by the user in the arrêté in force fills a zonage the product does not have, and says so.
  const parDeclaration = (pourquoi: string): Fait | null =>
    declaree && classesConnues.includes(declaree)
      ? {
          valeur: declaree,
          texte: `${qui} classée ${libelle('classe', declaree)} au ${quoi} ${quand} d’après votre déclaration (${pourquoi})`,
          source: SOURCE_DECLARATION,
          ...(champ ? { champ } : {}),
        }
      : null;
  if (!z.version) {
    const pourquoi = `aucun ${quoi} chargé ici à cette date`;
    return (
      parDeclaration(pourquoi) ?? {
        valeur: undefined,
        texte:
          profession === 'medecin' || profession === 'infirmier'
            ? `aucun ${quoi} connu pour la ${qui} ${quand} : classement à vérifier auprès de l’ARS`
            : `zonage de votre profession non chargé : le ${quoi} n’est pas chargé ici (${THEMES_DONNEES[`zonage-${profession}`].commentCharger}) ; en attendant, indiquez la classe de la commune lue dans l’arrêté de l’ARS`,
        source: null,
        ...(champ ? { champ } : {}),
      }
    );
  }
  const version = decrireVersion(z.version, commune);
  if (z.validite?.statut === 'perimee') {
    // Past its presumed end the last loaded class is not evidence: zone criteria stay to be confirmed.
    const motif = z.validite.motif ?? 'version chargée périmée';
    const derniere = z.classe ? ` ; dernière classe chargée : ${libelle('classe', z.classe)} (${version})` : ` (${version})`;
    return (
      parDeclaration(`le zonage en vigueur n’est pas chargé : ${motif}`) ?? {
        valeur: undefined,
        texte: `à confirmer : le ${quoi} en vigueur ${quand} n’est pas chargé pour la ${qui} (${motif})${derniere}`,
        source: z.validite.source ?? z.version.source,
        ...(champ ? { champ } : {}),
      }
    );
  }
  if (z.classe === null || !classesConnues.includes(z.classe)) {
    const pourquoi =
      z.classe === 'MIXTE'
        ? 'classes différentes selon les arrondissements ou communes déléguées'
        : z.classe
          ? `classe « ${z.classe} » non reconnue`
          : 'pas de classe publiée pour cette commune';
    return (
      parDeclaration(pourquoi) ?? {
        valeur: undefined,
        texte: `${qui} : ${pourquoi} au ${quoi} ${quand} (${version}) : à vérifier auprès de l’ARS`,
        source: z.version.source,
        ...(champ ? { champ } : {}),
      }
    );
  }
  return {
    valeur: z.classe,
    texte: `${qui} classée ${libelle('classe', z.classe)} au ${quoi} ${quand} (${version})`,
    source: z.version.source,
  };
}

function declare(valeur: unknown, texte: string, champ: string, inconnu: string): Fait {
  if (valeur === undefined || valeur === null) return { valeur: undefined, texte: inconnu, source: null, champ };
  return { valeur, texte, source: SOURCE_DECLARATION, champ };
}

/**
 * The facts the criteria test, built from the request and the zonage. Every fact carries its wording
 * and source; unknown facts name the field to fill.
 */
export function construireFaits(d: Demande, commune: CommuneDemande, z: ContexteZonage, aidesAnterieures: AideAnterieure[] | undefined): Faits {
  const faits: Record<string, Fait> = {};
  const refCog = 'INSEE, COG 2026';
  const qui = `commune ${commune.code} (${commune.nom})`;
  faits.date = { valeur: d.date, texte: `date d’évaluation : ${dateEnFrancais(d.date)}`, source: null };
  faits.commune = { valeur: commune.code, texte: qui, source: refCog };
  faits.departement = { valeur: commune.departement, texte: `${qui}, département ${commune.departement}`, source: refCog };
  faits.region = { valeur: commune.region, texte: `${qui}, région ${commune.regionNom}`, source: refCog };
  faits.epci = commune.epci
    ? { valeur: commune.epci, texte: `${qui}, intercommunalité ${commune.epci}`, source: refCog }
    : { valeur: '', texte: `${qui} hors intercommunalité`, source: refCog };
  faits.population =
    commune.population === undefined || commune.population === null
      ? { valeur: undefined, texte: `population de la ${qui} inconnue`, source: refCog }
      : { valeur: commune.population, texte: `${qui} : ${pluriel(commune.population, 'habitant', 'habitants')} (population légale)`, source: refCog };
  faits.situation = { valeur: d.situation, texte: `situation déclarée : ${libelle('situation', d.situation)}`, source: SOURCE_DECLARATION, champ: 'situation' };
  faits.profession = declare(d.profession, `profession déclarée : ${libelle('profession', d.profession)}`, 'profession', 'profession non renseignée');

  // Zonage of each profession: médecins (always), infirmiers (shipped), the declared profession's own.
  const duDemandeur = zonageDuDemandeur(d);
  const classeDeclaree = (p: ProfessionZonage) => (p === duDemandeur ? d.classeZonageDeclaree : undefined);
  const champDeclaration = (p: ProfessionZonage) => (p === duDemandeur ? 'classeZonageDeclaree' : undefined);
  for (const p of PROFESSIONS_ZONAGE) {
    const classe = p === 'medecin' ? z.medecin : p === 'infirmier' ? z.infirmier : z.profession?.zonage === p ? z.profession.classe : null;
    faits[`zonage.${p}`] = classe
      ? faitZonage(classe, p, commune, d.date, classeDeclaree(p), champDeclaration(p))
      : { valeur: undefined, texte: `${nomZonage(p)} non consulté pour cette profession`, source: null };
  }
  faits['zonageInstallation.medecin'] = d.dateInstallation
    ? z.medecinInstallation
      ? faitZonage(z.medecinInstallation, 'medecin', commune, d.dateInstallation, classeDeclaree('medecin'), champDeclaration('medecin'))
      : { valeur: undefined, texte: 'zonage à la date d’installation non disponible', source: null }
    : // Without an installation date, the zonage at the date of the question stands in (the date criterion asks for it).
      { ...faits['zonage.medecin'], texte: `${faits['zonage.medecin'].texte} (date d’installation non renseignée : zonage à la date de la question)` };
  Object.assign(faits, faitsQpv(d, commune, z.qpv));
  Object.assign(faits, faitsRuralite(d, commune, z.ruralite));
  faits.zoneRouge = faitZoneRouge(z.zoneRouge ?? null);
  faits.premiereInstallation = declare(
    d.premiereInstallation,
    d.premiereInstallation ? 'première installation en libéral déclarée' : 'installation déclarée comme n’étant pas la première',
    'premiereInstallation',
    'première installation ou non : non renseigné',
  );
  faits.dateInstallation = declare(
    d.dateInstallation,
    `date d’installation déclarée : ${d.dateInstallation ? dateEnFrancais(d.dateInstallation) : ''}`,
    'dateInstallation',
    'date d’installation non renseignée',
  );
  faits.typeCabinet = declare(
    d.typeCabinet,
    d.typeCabinet === 'secondaire' ? 'cabinet secondaire déclaré' : 'cabinet principal déclaré',
    'typeCabinet',
    'cabinet principal ou secondaire : non renseigné',
  );
  faits.secteur = declare(d.secteur, `secteur déclaré : ${libelle('secteur', d.secteur)}`, 'secteur', 'secteur conventionnel non renseigné');
  faits.modeExercice = declare(
    d.modeExercice,
    `mode d’exercice déclaré : ${libelle('modeExercice', d.modeExercice)}`,
    'modeExercice',
    'mode d’exercice non renseigné',
  );
  faits.joursParSemaine = declare(
    d.joursParSemaine,
    `activité déclarée : ${d.joursParSemaine === undefined ? '' : pluriel(d.joursParSemaine, 'jour', 'jours')} par semaine`,
    'joursParSemaine',
    'nombre de jours d’activité par semaine non renseigné',
  );
  faits.age = declare(d.age, `âge déclaré : ${d.age} ans`, 'age', 'âge non renseigné');
  faits.permanenceDesSoins = declare(
    d.permanenceDesSoins,
    d.permanenceDesSoins ? 'participation à la permanence des soins déclarée' : 'pas de participation à la permanence des soins déclarée',
    'permanenceDesSoins',
    'participation à la permanence des soins non renseignée',
  );
  faits.aidesAnterieures =
    aidesAnterieures === undefined
      ? {
          valeur: undefined,
          texte: 'aides déjà perçues non renseignées (répondez « aucune » si vous n’en avez perçu aucune)',
          source: null,
          champ: 'aidesAnterieures',
        }
      : {
          valeur: aidesAnterieures,
          texte: aidesAnterieures.length
            ? `aides déjà perçues déclarées : ${aidesAnterieures.map((a) => `${a.libelle} (${dateEnFrancais(a.date)})`).join(', ')}`
            : 'aucune aide antérieure déclarée',
          source: SOURCE_DECLARATION,
          champ: 'aidesAnterieures',
        };
  faits.typeProjet = declare(d.typeProjet, `type de projet déclaré : ${libelle('typeProjet', d.typeProjet)}`, 'typeProjet', 'type de projet non renseigné');
  const s = d.structure ?? {};
  faits['structure.medecinsGeneralistes'] = declare(
    s.medecinsGeneralistes,
    `structure déclarée avec ${pluriel(s.medecinsGeneralistes ?? 0, 'médecin généraliste', 'médecins généralistes')}`,
    'structure.medecinsGeneralistes',
    'nombre de médecins généralistes de la structure non renseigné',
  );
  faits['structure.autresProfessionnels'] = declare(
    s.autresProfessionnels,
    `structure déclarée avec ${pluriel(s.autresProfessionnels ?? 0, 'autre professionnel de santé', 'autres professionnels de santé')}`,
    'structure.autresProfessionnels',
    'nombre d’autres professionnels de santé de la structure non renseigné',
  );
  faits['structure.populationCouverte'] = declare(
    s.populationCouverte,
    `population couverte déclarée : ${pluriel(s.populationCouverte ?? 0, 'habitant', 'habitants')}`,
    'structure.populationCouverte',
    'population couverte par la structure non renseignée',
  );
  faits['structure.formeJuridique'] = declare(
    s.formeJuridique,
    `forme juridique déclarée : ${libelle('formeJuridique', s.formeJuridique)}`,
    'structure.formeJuridique',
    'forme juridique de la structure non renseignée',
  );
  faits['structure.projetDeSante'] = declare(
    s.projetDeSante,
    s.projetDeSante ? 'projet de santé déclaré' : 'pas de projet de santé déclaré',
    'structure.projetDeSante',
    'existence d’un projet de santé non renseignée',
  );
  faits['structure.projetDeSanteValide'] = declare(
    s.projetDeSanteValide,
    s.projetDeSanteValide ? 'projet de santé validé par l’ARS (déclaré)' : 'projet de santé pas encore validé par l’ARS',
    'structure.projetDeSanteValide',
    'validation du projet de santé par l’ARS non renseignée',
  );
  for (const [cle, valeur] of Object.entries(d.reponses ?? {})) {
    faits[`reponse.${cle}`] = { valeur, texte: `réponse déclarée : ${valeur ? 'oui' : 'non'}`, source: SOURCE_DECLARATION, champ: `reponses.${cle}` };
  }
  return faits;
}

function faitsQpv(d: Demande, commune: CommuneDemande, qpvs: QpvDeCommune[]): Record<string, Fait> {
  const qui = `commune ${commune.code} (${commune.nom})`;
  const sources = [...new Set(qpvs.map((q) => q.source))].join(' ; ') || 'QPV 2024 (ANCT), liste partielle';
  const liste = qpvs.map((q) => `${q.nom} (${q.code}${q.classe ? `, classé ${q.classe}` : ''})`).join(', ');
  if (d.dansQpv === false) {
    const f: Fait = { valeur: false, texte: 'lieu d’exercice déclaré hors QPV', source: SOURCE_DECLARATION, champ: 'dansQpv' };
    return { qpv: f, 'qpv.classe': { ...f, valeur: 'hors-qpv' } };
  }
  if (d.dansQpv === undefined && !d.codeQpv) {
    if (!qpvs.length) {
      const f: Fait = {
        valeur: false,
        texte: `aucun QPV recensé dans la ${qui} (liste QPV 2024 incomplète : dites-le si le lieu d’exercice est dans un quartier prioritaire)`,
        source: sources,
        champ: 'dansQpv',
      };
      return { qpv: f, 'qpv.classe': { ...f, valeur: 'hors-qpv' } };
    }
    const f: Fait = {
      valeur: undefined,
      texte: `la ${qui} compte ${pluriel(qpvs.length, 'QPV', 'QPV')} (${liste}) : précisez si le lieu d’exercice s’y trouve`,
      source: sources,
      champ: 'dansQpv',
    };
    // No QPV-level zonage here: in a QPV or not, the site has no QPV class of its own.
    const classe: Fait = qpvs.every((q) => q.classe === null)
      ? { valeur: 'non-classe', texte: `QPV de la ${qui} sans classement propre au zonage médecins`, source: sources }
      : f;
    return { qpv: f, 'qpv.classe': classe };
  }
  // In a QPV: which one, and its class in a QPV-level zonage (ARS PACA) if any.
  const choisi = d.codeQpv ? qpvs.find((q) => q.code === d.codeQpv) : qpvs.length === 1 ? qpvs[0] : undefined;
  const qpv: Fait = {
    valeur: true,
    texte: choisi ? `lieu d’exercice déclaré dans le QPV ${choisi.nom} (${choisi.code}) de la ${qui}` : `lieu d’exercice déclaré en QPV dans la ${qui}`,
    source: `${SOURCE_DECLARATION} ; ${sources}`,
    champ: 'dansQpv',
  };
  let classe: Fait;
  if (choisi) {
    classe = choisi.classe
      ? { valeur: choisi.classe, texte: `QPV ${choisi.nom} (${choisi.code}) classé ${choisi.classe} au zonage médecins par QPV`, source: choisi.source }
      : { valeur: 'non-classe', texte: `QPV ${choisi.nom} (${choisi.code}) sans classement propre au zonage médecins`, source: choisi.source };
  } else {
    const classes = [...new Set(qpvs.map((q) => q.classe ?? 'non-classe'))];
    classe =
      classes.length === 1
        ? {
            valeur: classes[0],
            texte: classes[0] === 'non-classe' ? `QPV de la ${qui} sans classement propre au zonage médecins` : `QPV de la ${qui} classés ${classes[0]}`,
            source: sources,
          }
        : qpvs.length
          ? { valeur: undefined, texte: `QPV de la ${qui} de classes différentes (${liste}) : précisez le quartier`, source: sources, champ: 'codeQpv' }
          : { valeur: 'non-classe', texte: `QPV non recensé dans la liste QPV 2024 pour la ${qui} : pas de classement propre connu`, source: sources };
  }
  return { qpv, 'qpv.classe': classe };
}

/** Keys of the questions asked when a commune is only partly classed (answered in `reponses`). */
export const QUESTIONS_RURALITE = {
  frr: { cle: 'lieu-dans-partie-frr', question: 'Le lieu d’exercice est-il dans la partie de la commune classée France Ruralités Revitalisation ?' },
  zrr: { cle: 'lieu-dans-partie-zrr', question: 'Le lieu d’exercice est-il dans la partie de la commune classée en zone de revitalisation rurale ?' },
} as const;

function faitsRuralite(d: Demande, commune: CommuneDemande, r: RuraliteCommune): Record<string, Fait> {
  const qui = `commune ${commune.code} (${commune.nom})`;
  const partie = (q: { cle: string; question: string }, classe: string): Fait => {
    const reponse = d.reponses?.[q.cle];
    return reponse === undefined
      ? { valeur: undefined, texte: `${qui} ${classe} : ${q.question.toLowerCase()}`, source: r.source, champ: `reponses.${q.cle}` }
      : {
          valeur: reponse,
          texte: `${qui} ${classe}, lieu d’exercice déclaré ${reponse ? 'dans' : 'hors de'} la partie classée`,
          source: `${SOURCE_DECLARATION} ; ${r.source}`,
          champ: `reponses.${q.cle}`,
        };
  };
  let frr: Fait;
  if (r.frr === null) frr = { valeur: undefined, texte: `classement France Ruralités Revitalisation de la ${qui} inconnu`, source: r.source };
  else if (/partiellement/i.test(r.frr)) frr = partie(QUESTIONS_RURALITE.frr, `classée ${r.frr}`);
  else if (/^FRR/i.test(r.frr))
    frr = { valeur: true, texte: `${qui} classée ${r.frr} (France Ruralités Revitalisation, classement du 10 juillet 2025)`, source: r.source };
  else frr = { valeur: false, texte: `${qui} non classée France Ruralités Revitalisation (classement du 10 juillet 2025)`, source: r.source };
  let zrr: Fait;
  if (r.zrr === 'C') zrr = { valeur: true, texte: `${qui} classée en ZRR`, source: r.source };
  else if (r.zrr === 'NC') zrr = { valeur: false, texte: `${qui} non classée en ZRR`, source: r.source };
  else if (r.zrr === 'P') zrr = partie(QUESTIONS_RURALITE.zrr, 'partiellement classée en ZRR');
  else zrr = { valeur: undefined, texte: `classement ZRR de la ${qui} inconnu`, source: r.source };
  return { 'ruralite.frr': frr, 'ruralite.zrr': zrr };
}

/**
 * Zone rouge of June 2025 (mission de solidarité territoriale): known when the commune's EPCI is in the list in force,
 * or not in it where the list is complete; otherwise unknown, with the reason and how to load the complete list.
 */
function faitZoneRouge(z: ZoneRougeDeCommune | null): Fait {
  if (!z) return { valeur: undefined, texte: 'liste des zones rouges non consultée ici : à vérifier auprès de l’ARS', source: null };
  if (z.zoneRouge !== null) return { valeur: z.zoneRouge, texte: z.texte.replace(/\.$/, ''), source: z.source || null };
  const raison = (z.raison ?? z.texte).replace(/\.$/, '');
  return {
    valeur: undefined,
    texte: `zone rouge à confirmer auprès de l’ARS : ${raison.charAt(0).toLowerCase()}${raison.slice(1)}${z.commentCharger ? ` (${z.commentCharger.replace(/\.$/, '')})` : ''}`,
    source: z.source || null,
  };
}
