import { dateEnFrancais } from '../regles/dates';
import { AideAnterieure, Fait, Faits, SOURCE_DECLARATION } from '../regles/fait';
import { libelle } from '../regles/libelles';
import { ClasseZonage, QpvDeCommune, RuraliteCommune, VersionZonage } from '../ports/source-zonage';
import { CommuneDemande, Demande } from './demande';

/** What the zonage feature says about the commune, at the date of the question (and of installation). */
export interface ContexteZonage {
  medecin: ClasseZonage;
  infirmier: ClasseZonage;
  /** Zonage médecins at the declared installation date, when there is one. */
  medecinInstallation: ClasseZonage | null;
  qpv: QpvDeCommune[];
  ruralite: RuraliteCommune;
}

const CLASSES_MEDECIN = ['ZIP', 'ZAC', 'ZAR', 'HZ'];

/** "zonage … (ARS Occitanie, arrêté … du …, en vigueur depuis le …)" — says so when the arrêté date is unknown. */
export function decrireVersion(v: VersionZonage, commune: CommuneDemande): string {
  const arrete = v.arrete ? `arrêté ${v.arrete}` : 'arrêté non référencé';
  const dateArrete = v.dateArrete ? ` du ${dateEnFrancais(v.dateArrete)}` : ', date de l’arrêté inconnue';
  const region = v.region ? (v.region === commune.region ? `ARS ${commune.regionNom}` : `région ${v.region}`) : 'national';
  const debut = v.debut
    ? v.debutConnu === false
      ? `millésime ${v.debut.slice(0, 4)} du fichier publié, date d’effet inconnue`
      : `en vigueur depuis le ${dateEnFrancais(v.debut)}`
    : 'date d’effet inconnue';
  return `version « ${v.libelle} », ${region}, ${arrete}${dateArrete}, ${debut}${v.fin ? ` jusqu’au ${dateEnFrancais(v.fin)}` : ''}`;
}

function faitZonage(z: ClasseZonage, profession: string, commune: CommuneDemande, date: string, classesConnues: string[] | null): Fait {
  const qui = `commune ${commune.code} (${commune.nom})`;
  const quand = `au ${dateEnFrancais(date)}`;
  if (!z.version) {
    return { valeur: undefined, texte: `aucun zonage ${profession} connu pour la ${qui} ${quand} : classement à vérifier auprès de l’ARS`, source: null };
  }
  const version = decrireVersion(z.version, commune);
  if (z.validite?.statut === 'perimee') {
    // Past its presumed end the last loaded class is not evidence: zone criteria stay to be confirmed.
    const derniere = z.classe ? ` (dernière classe chargée : ${libelle('classe', z.classe)}, ${version})` : ` (${version})`;
    return {
      valeur: undefined,
      texte: `à confirmer : le zonage ${profession} en vigueur ${quand} n’est pas chargé pour la ${qui} — ${z.validite.motif ?? 'version chargée périmée'}${derniere}`,
      source: z.validite.source ?? z.version.source,
    };
  }
  if (z.classe === null || (classesConnues && !classesConnues.includes(z.classe))) {
    const pourquoi =
      z.classe === 'MIXTE'
        ? 'classes différentes selon les arrondissements ou communes déléguées'
        : z.classe
          ? `classe « ${z.classe} » non reconnue`
          : 'pas de classe publiée pour cette commune';
    return {
      valeur: undefined,
      texte: `${qui} : ${pourquoi} au zonage ${profession} ${quand} (${version}) : à vérifier auprès de l’ARS`,
      source: z.version.source,
    };
  }
  return { valeur: z.classe, texte: `${qui} classée ${libelle('classe', z.classe)} au zonage ${profession} ${quand} (${version})`, source: z.version.source };
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
  faits.date = { valeur: d.date, texte: `date d’évaluation : ${dateEnFrancais(d.date)}`, source: null };
  faits.commune = { valeur: commune.code, texte: `commune ${commune.code} (${commune.nom})`, source: refCog };
  faits.departement = { valeur: commune.departement, texte: `commune ${commune.code} (${commune.nom}), département ${commune.departement}`, source: refCog };
  faits.region = { valeur: commune.region, texte: `commune ${commune.code} (${commune.nom}), région ${commune.regionNom}`, source: refCog };
  faits.epci = commune.epci
    ? { valeur: commune.epci, texte: `commune ${commune.code} (${commune.nom}), EPCI ${commune.epci}`, source: refCog }
    : { valeur: '', texte: `commune ${commune.code} (${commune.nom}) hors EPCI`, source: refCog };
  faits.situation = { valeur: d.situation, texte: `situation déclarée : ${libelle('situation', d.situation)}`, source: SOURCE_DECLARATION, champ: 'situation' };
  faits.profession = declare(d.profession, `profession déclarée : ${libelle('profession', d.profession)}`, 'profession', 'profession non renseignée');

  faits['zonage.medecin'] = faitZonage(z.medecin, 'médecins généralistes', commune, d.date, CLASSES_MEDECIN);
  faits['zonage.infirmier'] = faitZonage(z.infirmier, 'infirmiers', commune, d.date, null);
  faits['zonageInstallation.medecin'] = d.dateInstallation
    ? z.medecinInstallation
      ? faitZonage(z.medecinInstallation, 'médecins généralistes', commune, d.dateInstallation, CLASSES_MEDECIN)
      : { valeur: undefined, texte: 'zonage à la date d’installation non disponible', source: null }
    : { valeur: undefined, texte: 'date d’installation non renseignée : zonage à cette date inconnu', source: null, champ: 'dateInstallation' };

  Object.assign(faits, faitsQpv(d, commune, z.qpv));
  Object.assign(faits, faitsRuralite(commune, z.ruralite));

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
  faits.secteur = declare(d.secteur, `secteur déclaré : ${libelle('secteur', d.secteur)}`, 'secteur', 'secteur conventionnel non renseigné');
  faits.modeExercice = declare(
    d.modeExercice,
    `mode d’exercice déclaré : ${libelle('modeExercice', d.modeExercice)}`,
    'modeExercice',
    'mode d’exercice non renseigné',
  );
  faits.joursParSemaine = declare(
    d.joursParSemaine,
    `activité déclarée : ${String(d.joursParSemaine).replace('.', ',')} jour(s) par semaine`,
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
      ? { valeur: undefined, texte: 'aides déjà perçues non renseignées (indiquez une liste vide si aucune)', source: null, champ: 'aidesAnterieures' }
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
    `structure déclarée avec ${s.medecinsGeneralistes} médecin(s) généraliste(s)`,
    'structure.medecinsGeneralistes',
    'nombre de médecins généralistes de la structure non renseigné',
  );
  faits['structure.autresProfessionnels'] = declare(
    s.autresProfessionnels,
    `structure déclarée avec ${s.autresProfessionnels} autre(s) professionnel(s) de santé`,
    'structure.autresProfessionnels',
    'nombre d’autres professionnels de santé de la structure non renseigné',
  );
  faits['structure.populationCouverte'] = declare(
    s.populationCouverte,
    `population couverte déclarée : ${s.populationCouverte?.toLocaleString('fr-FR')} habitants`,
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
        texte: `aucun QPV recensé dans la ${qui} (liste QPV 2024 incomplète : précisez dansQpv si besoin)`,
        source: sources,
        champ: 'dansQpv',
      };
      return { qpv: f, 'qpv.classe': { ...f, valeur: 'hors-qpv' } };
    }
    const f: Fait = {
      valeur: undefined,
      texte: `la ${qui} compte ${qpvs.length} QPV (${liste}) : précisez si le lieu d’exercice s’y trouve`,
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
          ? { valeur: undefined, texte: `QPV de la ${qui} de classes différentes (${liste}) : précisez le QPV`, source: sources, champ: 'codeQpv' }
          : { valeur: 'non-classe', texte: `QPV non recensé dans la liste QPV 2024 pour la ${qui} : pas de classement propre connu`, source: sources };
  }
  return { qpv, 'qpv.classe': classe };
}

function faitsRuralite(commune: CommuneDemande, r: RuraliteCommune): Record<string, Fait> {
  const qui = `commune ${commune.code} (${commune.nom})`;
  let frr: Fait;
  if (r.frr === null) frr = { valeur: undefined, texte: `classement France Ruralités Revitalisation de la ${qui} inconnu`, source: r.source };
  else if (/partiellement/i.test(r.frr))
    frr = { valeur: undefined, texte: `${qui} classée ${r.frr} : vérifiez que le lieu d’exercice est dans la partie classée`, source: r.source };
  else if (/^FRR/i.test(r.frr))
    frr = { valeur: true, texte: `${qui} classée ${r.frr} (France Ruralités Revitalisation, classement du 10 juillet 2025)`, source: r.source };
  else frr = { valeur: false, texte: `${qui} non classée France Ruralités Revitalisation (classement du 10 juillet 2025)`, source: r.source };
  const zrrTextes: Record<string, [boolean | undefined, string]> = {
    C: [true, `${qui} classée en ZRR`],
    NC: [false, `${qui} non classée en ZRR`],
    P: [undefined, `${qui} partiellement classée en ZRR : vérifiez que le lieu d’exercice est dans la partie classée`],
  };
  const [valeurZrr, texteZrr] = r.zrr && zrrTextes[r.zrr] ? zrrTextes[r.zrr] : [undefined, `classement ZRR de la ${qui} inconnu`];
  return { 'ruralite.frr': frr, 'ruralite.zrr': { valeur: valeurZrr, texte: texteZrr, source: r.source } };
}
