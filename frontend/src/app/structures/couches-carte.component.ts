import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { COULEUR_CPTS } from '../carte/couches/cpts-perimetres.couche';
import { COULEURS_PROJETS } from '../carte/couches/projets.couche';
import { COULEURS_STRUCTURES } from '../carte/couches/structures.couche';
import { COULEURS_ALERTE } from '../carte/couches/zones-alerte.couche';
import { COULEUR_ZONE_ROUGE } from '../carte/couches/zones-rouges.couche';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../comptes/session.store';
import { ZonesRougesStore } from '../zones-rouges/zones-rouges.store';
import { libelleCompteVue } from '../couverture-donnees/comptes-vue';
import { ligneLegendeCouverture } from '../couverture-donnees/etat-couverture';
import { THEME_DES_COUCHES, themeActif } from '../couverture-donnees/theme-actif';
import { IndicateurStore } from '../indicateurs/indicateur.store';
import { nombreEtNom } from '../texte/pluriel';
import { CoucheOptionnelle, CouchesStore, DonneesCouche } from './couches.store';

interface Choix {
  readonly id: CoucheOptionnelle;
  readonly libelle: string;
  /** Short name for the coverage line (« MSP : données chargées pour l’Occitanie seulement »). */
  readonly court: string;
  /** What the count in the view counts. */
  readonly unite: { readonly singulier: string; readonly pluriel: string };
  readonly couleur: string;
}

const CHOIX: readonly Choix[] = [
  {
    id: 'alertes',
    libelle: 'Communes sous-dotées et fragiles (contour)',
    court: 'APL',
    unite: { singulier: 'commune', pluriel: 'communes' },
    couleur: COULEURS_ALERTE.sous_dotee,
  },
  { id: 'msp', libelle: 'Maisons de santé (MSP)', court: 'MSP', unite: { singulier: 'MSP', pluriel: 'MSP' }, couleur: COULEURS_STRUCTURES.msp },
  { id: 'psp', libelle: 'Pôles de santé (PSP)', court: 'PSP', unite: { singulier: 'PSP', pluriel: 'PSP' }, couleur: COULEURS_STRUCTURES.psp },
  { id: 'cds', libelle: 'Centres de santé', court: 'Centres de santé', unite: { singulier: 'centre', pluriel: 'centres' }, couleur: COULEURS_STRUCTURES.cds },
  { id: 'cpts', libelle: 'Périmètres des CPTS', court: 'CPTS', unite: { singulier: 'périmètre', pluriel: 'périmètres' }, couleur: COULEUR_CPTS },
  { id: 'projets', libelle: 'Projets suivis', court: 'Projets', unite: { singulier: 'projet', pluriel: 'projets' }, couleur: COULEURS_PROJETS.zone_fragile },
  {
    id: 'zones-rouges',
    libelle: 'Zones rouges (juin 2025)',
    court: 'Zones rouges',
    unite: { singulier: 'commune', pluriel: 'communes' },
    couleur: COULEUR_ZONE_ROUGE,
  },
];

/**
 * Layer toggles (DSFR checkboxes), each with its count in the current view, its source and vintage, and where its
 * data is loaded when not everywhere (the map hatches the rest for the active layer).
 */
@Component({
  selector: 'mlg-couches-carte',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
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
                    {{ compteDansVue(c) ?? 'Chargée' }}{{ d.sansGeometrie ? ' (' + d.sansGeometrie + ' sans localisation ni périmètre)' : '' }} — Source :
                    {{ d.sources.join(' ; ') }}
                  </span>
                }
                @if (ligneCouverture(c); as ligne) {
                  <span class="fr-hint-text couches__couverture" [attr.data-testid]="'couche-couverture-' + c.id">
                    @if (c.id === coucheHachuree()) {
                      <span class="couches__hachure" aria-hidden="true"></span>
                    }
                    {{ ligne }}{{ c.id === coucheHachuree() ? ' (zones hachurées)' : '' }}
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
              @if (ligneCouverture(c) && commentCharger(c); as comment) {
                <p class="fr-text--xs fr-mb-0 couches__charger" [attr.data-testid]="'couche-charger-' + c.id">
                  @if (peutCharger() && comment.includes('« Données »')) {
                    <a class="fr-link fr-text--xs" routerLink="/donnees">Charger les données manquantes depuis l’écran « Données »</a>
                  } @else {
                    {{ comment }}
                  }
                </p>
              }
            </div>
          </div>
        }
      </fieldset>
      <p class="fr-text--xs fr-mb-0">Quartiers prioritaires (QPV) : l’API ne fournit pas leurs contours ; ils sont listés dans la fiche de chaque commune.</p>
    </details>
  `,
  styles: `
    .couches__charger {
      margin-left: 1.75rem;
    }
    .couches__hachure {
      display: inline-block;
      width: 1rem;
      height: 0.75rem;
      margin-right: 0.25rem;
      vertical-align: middle;
      border: 1px solid var(--border-default-grey);
      /* The map's pattern (carte/couches/hachures-couverture.couche.ts): dark diagonal stripes, transparent between. */
      background: repeating-linear-gradient(-45deg, rgb(58 58 58 / 67%) 0 2px, transparent 2px 6px);
    }
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
  /** Coverage and counts in the view live in the layers' store (the map directive keeps them current). */
  private readonly couches = inject(CouchesStore);
  private readonly indicateurs = inject(IndicateurStore);
  /** The layer whose uncovered départements the map hatches (the one turned on last among the visible ones). */
  protected readonly coucheHachuree = computed(() => {
    const theme = themeActif(this.couches.visibles(), this.indicateurs.indicateur().code);
    return [...this.visibles()].filter((c) => THEME_DES_COUCHES[c] === theme).at(-1) ?? null;
  });

  /** « 12 MSP dans la vue », « données non chargées dans cette vue »; null until the view is counted. */
  protected compteDansVue(c: Choix): string | null {
    const vue = this.couches.comptesVue();
    if (!vue) return null;
    return libelleCompteVue(c.id === 'cpts' ? vue.perimetresCpts : vue.comptes[c.id], c.unite);
  }

  /** Who can load the missing data, and how (the theme's own words); accounts that can upload get a link instead. */
  protected commentCharger(c: Choix): string | null {
    const theme = THEME_DES_COUCHES[c.id];
    return (theme && this.couches.couvertures().get(theme)?.couverture.commentCharger) || null;
  }

  private readonly session = inject(SessionStore);
  /** ARS and administrator accounts load files on the « Données » screen. */
  protected readonly peutCharger = computed(() => ['ars', 'admin'].includes(this.session.utilisateur()?.role ?? ''));

  /** « MSP : données chargées pour l’Occitanie seulement » for a visible layer whose data is not national. */
  protected ligneCouverture(c: Choix): string | null {
    const theme = THEME_DES_COUCHES[c.id];
    if (!theme || !this.visibles().has(c.id)) return null;
    return ligneLegendeCouverture(c.court, this.couches.couvertures().get(theme)?.couverture);
  }

  protected projetsVisibles(n: number): string {
    return nombreEtNom(n, 'projet visible', 'projets visibles');
  }

  protected basculer(couche: CoucheOptionnelle, e: Event): void {
    if (couche === 'zones-rouges') void this.zonesRouges.charger();
    this.basculement.emit({ couche, visible: (e.target as HTMLInputElement).checked });
  }
}
