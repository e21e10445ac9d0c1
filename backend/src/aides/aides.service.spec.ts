import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { PorteeService } from '../auth/portee.service';
import { ImportService } from '../import/import.service';
import { AidesRepository, LigneAideTerritoire } from './aides.repository';
import { AidesService } from './aides.service';
import { CommuneDemande } from './eligibilite/demande';
import { SourceZonage } from './ports/source-zonage';
import { Catalogue } from './regles/definition-aide';

/** Frozen: the service shares the catalogue and the aids between requests (read once per version), never changes them. */
const gelerEnProfondeur = <T>(o: T): T => {
  if (o && typeof o === 'object') Object.values(o).forEach(gelerEnProfondeur);
  return Object.freeze(o);
};
const catalogue: Catalogue = gelerEnProfondeur(JSON.parse(readFileSync(path.resolve(__dirname, '../../../geo-data/aides/catalogue.json'), 'utf8')));
const GUERET: CommuneDemande = Object.freeze({
  code: '23096',
  nom: 'Guéret',
  departement: '23',
  region: '75',
  regionNom: 'Nouvelle-Aquitaine',
  epci: '242320109',
});

/** In-memory zonage: Guéret in ZIP from 2024-01-01 (arrêté date unknown), one unclassified QPV. */
const zonage: SourceZonage = {
  classeCommune: async (profession, _code, date) =>
    date < '2024-01-01'
      ? { classe: null, version: null }
      : {
          classe: profession === 'medecin' ? 'ZIP' : 'SOUS_DOTEE',
          version: {
            id: 1,
            libelle: 'Zonage de test',
            region: '75',
            arrete: 'arrêté de test',
            dateArrete: '2024-05-02',
            debut: '2024-01-01',
            fin: null,
            source: 'zonage de test',
          },
        },
  qpvDeCommune: async () => [{ code: 'QN02301M', nom: 'Quartier de test', classe: null, source: 'QPV de test' }],
  ruralite: async () => ({ frr: 'FRR', zrr: 'C', source: 'ruralité de test' }),
  versionDonnees: async () => 'zonage de test',
};

const repository = {
  communes: async () => [GUERET],
  catalogueCourant: async () => ({
    version: catalogue.version,
    publie_le: catalogue.publieLe,
    contenu: {
      ...catalogue,
      arsParRegion: { '75': { ars: 'ARS Nouvelle-Aquitaine', siteArs: null, paps: 'https://www.nouvelle-aquitaine.paps.sante.fr/', papsVerifie: true } },
    },
  }),
  versionPublieeAu: async (date: string) => (date >= catalogue.publieLe ? catalogue.version : null),
  versionDonnees: async () => 'catalogue de test',
  toutesLesAides: async (): Promise<LigneAideTerritoire[]> =>
    catalogue.aides.map((definition) => ({
      id: definition.id,
      origine: 'catalogue',
      definition,
      cree_le: '2026-11-26',
      territoire_type: null,
      territoire_code: null,
    })),
  publications: async () => [{ version: catalogue.version, publie_le: catalogue.publieLe }],
} as unknown as AidesRepository;

const service = new AidesService(repository, zonage, {} as PorteeService, {} as ImportService);
const GP = {
  situation: 'installation' as const,
  profession: 'medecin-generaliste',
  premiereInstallation: true,
  dateInstallation: '2026-02-01',
  typeCabinet: 'principal',
  secteur: 'secteur-1',
  modeExercice: 'groupe',
  dansQpv: false,
  aidesAnterieures: [],
};

async function erreur(promesse: Promise<unknown>): Promise<ErreurDomaine> {
  try {
    await promesse;
  } catch (e) {
    return e as ErreurDomaine;
  }
  throw new Error('une erreur était attendue');
}

describe('AidesService with in-memory zonage and catalogue', () => {
  it('answers with the zonage version and the arrêté date when the zonage knows it', async () => {
    const r = await service.eligibilite({ ...GP, commune: '23096', date: '2026-03-01' });
    const aide = r.aides.find((a) => a.id === 'premiere-installation-2026')!;
    expect(aide).toMatchObject({ statut: 'eligible', montant: { valeur: 10000 } });
    expect(aide.criteres.find((c) => c.id === 'zone')!.raison).toContain('arrêté arrêté de test du 2 mai 2024');
    expect(r.avertissements.join(' ')).toContain('antérieure à la publication du catalogue');
  });

  it('refuses an unknown commune as a 400-class error on the field commune', async () => {
    const e = await erreur(service.eligibilite({ ...GP, commune: '99999', date: '2026-03-01' }));
    expect(e).toMatchObject({ code: 'ENTREE_INVALIDE', details: [expect.objectContaining({ champ: 'commune' })] });
  });

  it('refuses previous aids that are unknown or dated after the question', async () => {
    const e = await erreur(
      service.eligibilite({
        ...GP,
        commune: '23096',
        date: '2026-03-01',
        aidesAnterieures: [
          { code: 'inventee', date: '2020-01-01' },
          { code: 'caim', date: '2026-06-01' },
        ],
      }),
    );
    expect(e.details.map((d) => d.champ)).toEqual(['aidesAnterieures.0.code', 'aidesAnterieures.1.date']);
  });

  it('refuses a QPV code that is not in the commune', async () => {
    const e = await erreur(service.eligibilite({ ...GP, dansQpv: undefined, commune: '23096', date: '2026-03-01', codeQpv: 'QN99999M' }));
    expect(e.details[0].champ).toBe('codeQpv');
  });

  it('defaults the date to today in Paris and echoes it', async () => {
    const r = await service.eligibilite({ ...GP, commune: '23096' });
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.demande.date).toBe(r.date);
  });

  it('an individual professional’s request without a profession is refused, naming the field (issue 12)', async () => {
    const e = await erreur(service.eligibilite({ ...GP, profession: undefined, commune: '23096', date: '2026-03-01' }));
    expect(e).toMatchObject({ code: 'ENTREE_INVALIDE', details: [expect.objectContaining({ champ: 'profession' })] });
  });

  it('a structure’s or a collectivité’s request needs no profession', async () => {
    const r = await service.eligibilite({ commune: '23096', date: '2026-03-01', situation: 'structure', typeProjet: 'msp' });
    expect(r.aides.map((a) => a.id)).toContain('aci-msp');
    await expect(service.eligibilite({ commune: '23096', date: '2026-03-01', situation: 'collectivite', typeProjet: 'msp' })).resolves.toBeDefined();
  });

  it('an answer to a question no aid of the commune asks is refused, naming reponses.<clé>', async () => {
    const e = await erreur(service.eligibilite({ ...GP, commune: '23096', date: '2026-03-01', reponses: { 'question-inventee': true } }));
    expect(e.details.map((d) => d.champ)).toEqual(['reponses.question-inventee']);
  });

  it('no local aid recorded in the commune: « aucune aide locale recensée ici » and the région’s own ARS portal', async () => {
    const r = await service.eligibilite({ ...GP, commune: '23096', date: '2026-03-01' });
    expect(r.aidesLocales).toMatchObject({ recensees: 0, ars: { paps: 'https://www.nouvelle-aquitaine.paps.sante.fr/' } });
    expect(r.aidesLocales.message).toContain('Aucune aide locale recensée ici');
    expect(r.aidesLocales.message).toContain('ARS Nouvelle-Aquitaine');
  });

  it('the commune view gives each profile only its own public’s aids', async () => {
    const vue = await service.aidesDeLaCommune('23096', '2026-11-15');
    const ids = (profil: string) => vue.profils.find((p) => p.id === profil)!.aides.map((a) => a.id);
    expect(ids('docteur-junior')).toEqual(expect.arrayContaining(['docteur-junior-stage-zip']));
    expect(ids('docteur-junior')).not.toContain('premiere-installation-2026');
    expect(ids('etudiant')).toContain('cesp');
  });
});
