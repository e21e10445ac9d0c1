import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { COULEUR_CPTS } from '../carte/couches/cpts-perimetres.couche';
import { COULEURS_PROJETS } from '../carte/couches/projets.couche';
import { COULEURS_STRUCTURES } from '../carte/couches/structures.couche';
import { COULEURS_ALERTE } from '../carte/couches/zones-alerte.couche';
import { COULEUR_ZONE_ROUGE } from '../carte/couches/zones-rouges.couche';
import { ZonesRougesStore } from '../zones-rouges/zones-rouges.store';
import { CoucheOptionnelle, DonneesCouche } from './couches.store';
import { nombreEtNom } from '../texte/pluriel';

interface Choix {
  readonly id: CoucheOptionnelle;
  readonly libelle: string;
  readonly couleur: string;
}

const CHOIX: readonly Choix[] = [
  { id: 'alertes', libelle: 'Communes sous-dotées et fragiles (contour)', couleur: COULEURS_ALERTE.sous_dotee },
  { id: 'msp', libelle: 'Maisons de santé (MSP)', couleur: COULEURS_STRUCTURES.msp },
  { id: 'psp', libelle: 'Pôles de santé (PSP)', couleur: COULEURS_STRUCTURES.psp },
  { id: 'cds', libelle: 'Centres de santé', couleur: COULEURS_STRUCTURES.cds },
  { id: 'cpts', libelle: 'Périmètres des CPTS', couleur: COULEUR_CPTS },
  { id: 'projets', libelle: 'Projets suivis', couleur: COULEURS_PROJETS.zone_fragile },
  { id: 'zones-rouges', libelle: 'Zones rouges (juin 2025)', couleur: COULEUR_ZONE_ROUGE },
];

/** Layer toggles (DSFR checkboxes), each with its count, source and vintage once loaded. */
@Component({
  selector: 'mlg-couches-carte',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="couches">
      <summary class="fr-text--sm fr-text--bold">Couches</summary>
      <fieldset class="fr-fieldset fr-mb-0" aria-label="Couches de la carte">
        @for (c of choixAffiches(); track c.id) {
          <div class="fr-fieldset__element fr-mb-1v">
            <div class="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" [id]="'couche-' + c.id" [checked]="visibles().has(c.id)" (change)="basculer(c.id, $event)" />
              <label class="fr-label" [for]="'couche-' + c.id">
                <span class="legende__pastille" [style.background]="c.couleur" aria-hidden="true"></span>&nbsp;{{ c.libelle }}
                @if (enCours().has(c.id)) {
                  <span class="fr-hint-text">chargement…</span>
                }
                @if (donnees().get(c.id); as d) {
                  <span class="fr-hint-text" [attr.data-testid]="'couche-source-' + c.id">
                    {{ d.nombre }} sur la carte{{ d.sansGeometrie ? ' (' + d.sansGeometrie + ' sans localisation ni périmètre)' : '' }} — Source :
                    {{ d.sources.join(' ; ') }}
                  </span>
                }
                @if (c.id === 'projets') {
                  <span class="fr-hint-text" data-testid="couche-source-projets">
                    {{ projetsVisibles(nombreProjets() ?? 0) }} par votre compte — vert : zone fragile (cible), rouge : zone sans médecin, bleu : accès
                    suffisant, gris : analyse non chargée — Source : projets saisis dans Maillage
                  </span>
                }
                @if (c.id === 'zones-rouges' && zonesRouges.liste(); as z) {
                  <span class="fr-hint-text" data-testid="couche-source-zones-rouges">{{ z.completude?.texte }} — Source : {{ z.liste?.source }}</span>
                }
                @if (c.id === 'alertes') {
                  <span class="fr-hint-text">Source : DREES, APL du millésime affiché (classe de la commune)</span>
                }
                @if (erreurs().get(c.id); as e) {
                  <span class="fr-error-text">{{ e }}</span>
                }
              </label>
            </div>
          </div>
        }
      </fieldset>
      <p class="fr-text--xs fr-mb-0">Quartiers prioritaires (QPV) : l’API ne fournit pas leurs contours ; ils sont listés dans la fiche de chaque commune.</p>
    </details>
  `,
})
export class CouchesCarteComponent {
  protected readonly zonesRouges = inject(ZonesRougesStore);
  readonly visibles = input<ReadonlySet<CoucheOptionnelle>>(new Set());
  readonly donnees = input<ReadonlyMap<CoucheOptionnelle, DonneesCouche>>(new Map());
  readonly enCours = input<ReadonlySet<CoucheOptionnelle>>(new Set());
  readonly erreurs = input<ReadonlyMap<CoucheOptionnelle, string>>(new Map());
  /** The projects layer is offered only to a connected account; null hides its toggle. */
  readonly nombreProjets = input<number | null>(null);
  readonly basculement = output<{ couche: CoucheOptionnelle; visible: boolean }>();
  protected readonly choixAffiches = computed(() => CHOIX.filter((c) => c.id !== 'projets' || this.nombreProjets() !== null));

  protected projetsVisibles(n: number): string {
    return nombreEtNom(n, 'projet visible', 'projets visibles');
  }

  protected basculer(couche: CoucheOptionnelle, e: Event): void {
    if (couche === 'zones-rouges') void this.zonesRouges.charger();
    this.basculement.emit({ couche, visible: (e.target as HTMLInputElement).checked });
  }
}
