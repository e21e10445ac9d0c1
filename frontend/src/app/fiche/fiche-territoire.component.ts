import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, viewChild } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { CommuneMembre, FicheTerritoire, LIBELLES_TYPE, ReferenceTerritoire, TypeTerritoire } from '../territoires/territoire';
import { CommunesMembresComponent } from './communes-membres.component';
import { DetailsFiche } from './fiche-acces.store';
import { versCsv } from '../export/csv';
import { telecharger } from '../export/telechargement';
import { ENTETES_CSV_FICHE, lignesCsvFiche } from './export-fiche-csv';
import { IndicateursAccesComponent } from './indicateurs-acces.component';
import { ZoneRougeFicheComponent } from '../zones-rouges/zone-rouge-fiche.component';
import { BoutonsRapportComponent } from '../rapports/boutons-rapport.component';
import { RapportsClient } from '../rapports/rapports.client';
import { StructuresFicheComponent } from './structures-fiche.component';
import { ZonageFicheComponent } from './zonage-fiche.component';

/** The territory card (DSFR card): population, access, zonage and structures, each with its source and coverage. */
@Component({
  selector: 'mlg-fiche-territoire',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    CommunesMembresComponent,
    IndicateursAccesComponent,
    ZonageFicheComponent,
    StructuresFicheComponent,
    ZoneRougeFicheComponent,
    BoutonsRapportComponent,
  ],
  template: `
    @if (enCours()) {
      <p class="fr-text--sm" role="status">Chargement de la fiche…</p>
    }
    @if (erreur(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>{{ message }}</p>
      </div>
    }
    @if (fiche(); as f) {
      <article class="fr-card fr-card--no-arrow fiche" aria-labelledby="fiche-titre">
        <div class="fr-card__body">
          <div class="fr-card__content">
            <h2 id="fiche-titre" class="fr-card__title" tabindex="-1" #titre>{{ f.nom }}</h2>
            <p class="fr-card__desc">{{ libelleType(f.type) }} · code {{ f.code }}</p>
            <div class="fr-card__start">
              <ul class="fr-tags-group">
                @for (parent of f.parents; track parent.type + parent.code) {
                  <li>
                    <button
                      type="button"
                      class="fr-tag fr-tag--sm"
                      (click)="ouvrir.emit(parent)"
                      [attr.aria-label]="'Ouvrir la fiche ' + libelleType(parent.type) + ' ' + parent.nom"
                    >
                      {{ parent.nom }}
                    </button>
                  </li>
                }
              </ul>
            </div>
            <!-- DSFR orders the card's children (start, title, desc, end): extra content goes in end. -->
            <div class="fr-card__end">
              <dl class="fiche__chiffres">
                <dt class="fr-text--sm fr-mb-0">Population municipale</dt>
                <dd class="fr-h4 fr-mb-0" data-testid="fiche-population">{{ f.population | number: '1.0-0' : 'fr' }} habitants</dd>
                <dd class="fr-text--xs fr-mb-1w">Source : {{ f.source.libelle }} — millésime {{ f.source.millesime }}</dd>
                @if (f.type !== 'commune') {
                  <dt class="fr-text--sm fr-mb-0">Communes</dt>
                  <dd class="fr-text--lg fr-mb-1w">{{ f.nbCommunes | number: '1.0-0' : 'fr' }}</dd>
                }
                @if (f.codesPostaux?.length) {
                  <dt class="fr-text--sm fr-mb-0">Codes postaux</dt>
                  <dd class="fr-text--sm fr-mb-1w">{{ f.codesPostaux!.join(', ') }}</dd>
                }
              </dl>
              <mlg-zone-rouge-fiche [type]="f.type" [code]="f.code" />
              <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mb-0">
                <li><button type="button" class="fr-btn fr-btn--sm" (click)="simuler.emit(f)">Simuler</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" (click)="aides.emit(f)">Aides disponibles</button></li>
              </ul>
              <mlg-boutons-rapport [cle]="cleRapport(f)" [nomFichier]="'rapport-' + f.type + '-' + f.code + '.pdf'" [obtenir]="rapportDe(f)" />
              <mlg-indicateurs-acces [details]="details()" [enCours]="detailsEnCours()" />
              @if (details(); as d) {
                <mlg-zonage-fiche [zonage]="d.zonage" />
                <mlg-structures-fiche [couverture]="d.couverture" />
                @if (d.acces || d.couverture) {
                  <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left fr-mb-2w" (click)="exporterCsv(f, d)">
                    Exporter la fiche (CSV)
                  </button>
                }
              }
              @if (membres().length) {
                <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Communes membres</h3>
                <mlg-communes-membres [communes]="membres()" [source]="f.source" (ouvrir)="ouvrir.emit({ type: 'commune', code: $event, nom: '' })" />
              }
              @if (f.voisins.length) {
                <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Territoires limitrophes ({{ f.voisins.length }})</h3>
                <ul class="fr-tags-group">
                  @for (voisin of f.voisins; track voisin.code) {
                    <li>
                      <button type="button" class="fr-tag fr-tag--sm" (click)="ouvrir.emit(voisin)">{{ voisin.nom }}</button>
                    </li>
                  }
                </ul>
              }
            </div>
          </div>
          <div class="fr-card__footer">
            <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" (click)="fermer.emit()">Fermer la fiche</button>
          </div>
        </div>
      </article>
    }
  `,
})
export class FicheTerritoireComponent {
  readonly fiche = input<FicheTerritoire | null>(null);
  readonly membres = input<readonly CommuneMembre[]>([]);
  readonly enCours = input(false);
  readonly erreur = input<string | null>(null);
  readonly ouvrir = output<ReferenceTerritoire>();
  readonly fermer = output<void>();
  readonly details = input<DetailsFiche | null>(null);
  readonly detailsEnCours = input(false);
  /** « Simuler » and « Aides disponibles »: the page switches tab with this territory preselected. */
  readonly simuler = output<FicheTerritoire>();
  readonly aides = output<FicheTerritoire>();
  private readonly titre = viewChild<ElementRef<HTMLElement>>('titre');
  private readonly rapports = inject(RapportsClient);

  constructor() {
    // Move focus to the new card so keyboard and screen-reader users land on what they asked for.
    effect(() => {
      if (this.fiche()) this.titre()?.nativeElement.focus({ preventScroll: true });
    });
  }

  /** The territory report (2 to 4 pages, PDF) of the APL vintage shown in the card. */
  protected rapportDe(f: FicheTerritoire): () => Promise<Blob> {
    return () => this.rapports.territoire(f.type, f.code, this.details()?.acces?.annee ?? null);
  }

  protected cleRapport(f: FicheTerritoire): string {
    return `${f.type}:${f.code}:${this.details()?.acces?.annee ?? ''}`;
  }

  protected libelleType(type: TypeTerritoire): string {
    return LIBELLES_TYPE[type];
  }

  /** The card as a CSV file: each figure with its source and coverage statement. */
  protected exporterCsv(f: FicheTerritoire, d: DetailsFiche): void {
    const annee = d.acces ? `-${d.acces.annee}` : '';
    telecharger(`fiche-${f.type}-${f.code}${annee}.csv`, versCsv(ENTETES_CSV_FICHE, lignesCsvFiche(d)));
  }
}
