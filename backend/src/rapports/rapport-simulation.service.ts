import { Injectable } from '@nestjs/common';
import { AccesService } from '../acces/acces.service';
import { ClasseAcces } from '../acces/indicateurs/classes-acces';
import { ChangementDto } from '../acces/dto/requetes.dto';
import { SimulationService } from '../acces/simulation/simulation.service';
import { DonneesAcces } from '../acces/donnees-acces';
import { CartesRapport, COULEURS_CLASSES } from './cartes-rapport';
import { CommuneSimuleeRapport, documentSimulation } from './documents/document-simulation';
import { RapportSimulationDto } from './dto/rapports.dto';
import { entierFr, nombreDe } from './pdf/format-fr';
import { gabaritRapport } from './pdf/gabarit-rapport';
import { RenduPdfService } from './pdf/rendu-pdf.service';
import { RapportPdf } from './rapport-territoire.service';

/** A national scenario can move thousands of communes: the maps show the most moved ones. */
const COMMUNES_CARTE_MAX = 3000;
/** Short labels: the two maps share one legend line. */
const LEGENDE = [
  { libelle: 'sous-dotée (APL sous 2,5)', couleur: COULEURS_CLASSES.sous_dotee },
  { libelle: 'fragile menacée', couleur: COULEURS_CLASSES.fragile_menacee },
  { libelle: 'fragile (2,5 à 4)', couleur: COULEURS_CLASSES.fragile },
  { libelle: 'accès suffisant (4 et plus)', couleur: COULEURS_CLASSES.suffisante },
];

/** The simulation's one-page report: the scenario run again by the engine (same answer as the screen), then laid out. */
@Injectable()
export class RapportSimulationService {
  constructor(
    private readonly simulation: SimulationService,
    private readonly acces: AccesService,
    private readonly cartes: CartesRapport,
    private readonly rendu: RenduPdfService,
  ) {}

  async rapport(dto: RapportSimulationDto): Promise<RapportPdf> {
    const r = await this.simulation.simuler(dto);
    const d = await this.acces.donnees();
    const communes = r.communes as CommuneSimuleeRapport[];
    const parCode = new Map(communes.map((c) => [c.code, c]));
    const lieux = dto.changements.map((c) => c.commune).filter((c): c is string => !!c);
    const codesCarte = [...new Set([...lieux, ...communes.slice(0, COMMUNES_CARTE_MAX).map((c) => c.code)])];
    const departement = d.departement[d.index.get(codesCarte[0] ?? '') ?? -1] ?? d.departement[communes.length ? d.index.get(communes[0].code)! : 0];
    const carte = (quand: 'avant' | 'apres') =>
      this.cartes.carte({
        titre: quand === 'avant' ? `Avant : classes de l’APL ${r.annee}` : 'Après : classes simulées',
        codes: codesCarte,
        couleur: (code) => {
          const c = parCode.get(code);
          const classe: ClasseAcces | null = c ? (quand === 'avant' ? c.classeAvant : c.classeApres) : null;
          return classe ? COULEURS_CLASSES[classe] : COULEURS_CLASSES.sans;
        },
        legende: quand === 'avant' ? LEGENDE : [{ libelle: 'commune du changement (contour bleu)', couleur: '#ffffff' }],
        source: quand === 'avant' ? `DREES, APL ${r.annee}` : 'APL simulée par Maillage',
        misesEnValeur: lieux,
        departement,
      });
    const carteAvant = codesCarte.length ? await carte('avant') : null;
    const carteApres = codesCarte.length ? await carte('apres') : null;
    const choisie = dto.commune ? (parCode.get(dto.commune) ?? this.inchangee(d, dto.commune, r.annee)) : null;
    const contenu = documentSimulation({
      changements: dto.changements.map((c) => this.decrire(d, c)),
      annee: r.annee,
      consultationsParMedecin: r.hypotheses.consultationsParMedecin,
      communes,
      franchissements: r.franchissements,
      territoires: r.territoires,
      communeChoisie: choisie,
      carteAvant,
      carteApres,
      avertissements: r.avertissements,
      source: { libelle: 'DREES, accessibilité potentielle localisée (APL) aux médecins généralistes, recalculée par Maillage', millesime: String(r.annee) },
      trajets: `Temps de trajet approchés : distance à vol d’oiseau × ${String(r.hypotheses.modeleTrajet.facteurDetour).replace('.', ',')} ÷ ${r.hypotheses.modeleTrajet.vitesseKmh} km/h (le distancier routier de l’INSEE utilisé par la DREES n’est pas disponible en données ouvertes).`,
      genereLe: new Date(),
    });
    return { pdf: await this.rendu.rendre(gabaritRapport(contenu)), nomFichier: `simulation-${r.annee}.pdf` };
  }

  /** The chosen commune when the scenario leaves it unchanged (its sentence says so). */
  private inchangee(d: DonneesAcces, code: string, annee: number): CommuneSimuleeRapport | null {
    const i = d.index.get(code);
    const m = d.millesimes.get(annee);
    if (i === undefined || !m || !Number.isFinite(m.apl[i])) return null;
    return { code, nom: d.noms[i], aplAvant: m.apl[i], aplApres: m.apl[i], delta: 0, population: m.populationTotale[i], classeAvant: null, classeApres: null };
  }

  private decrire(d: DonneesAcces, c: ChangementDto): string {
    const lieu = c.commune ? `${d.noms[d.index.get(c.commune) ?? -1] ?? c.commune} (${c.commune})` : '';
    const medecins = (n: number) => nombreDe(n, 'médecin généraliste', 'médecins généralistes');
    switch (c.type) {
      case 'ouverture_msp':
        return `Ouverture d’une maison de santé (MSP) de ${medecins(c.nombre ?? 0)} à ${lieu}`;
      case 'ajout_medecins':
        return `Installation de ${medecins(c.nombre ?? 0)} à ${lieu}`;
      case 'retrait_medecins':
        return `Départ de ${medecins(c.nombre ?? 0)} à ${lieu}`;
      case 'ajout_consultations':
        return `${entierFr(c.consultations ?? 0)} consultations de plus par an à ${lieu}`;
      case 'retrait_consultations':
        return `${entierFr(c.consultations ?? 0)} consultations de moins par an à ${lieu}`;
      case 'depart_retraite': {
        const cible = c.territoire ?? `commune:${c.commune}`;
        return `Départ en retraite, sans remplacement, des médecins de 65 ans et plus : ${d.nomsTerritoires.get(cible) ?? cible}`;
      }
      default:
        return String(c.type);
    }
  }
}
