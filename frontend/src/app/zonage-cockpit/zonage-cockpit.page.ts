import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { SessionStore } from '../comptes/session.store';
import { messageErreur } from '../territoires/message-erreur';
import { ZonesRougesTeleversementComponent } from '../zones-rouges/zones-rouges-televersement.component';
import { EditeurBrouillonComponent } from './editeur-brouillon.component';
import { LIBELLE_BASSIN_DE_VIE } from './libelles';
import { MetaBrouillon } from './zonage-cockpit';
import { ZonageCockpitClient } from './zonage-cockpit.client';

/**
 * The « Zonage » page (route /zonage): an ARS planner's drafts of the zonage médecins of its région (an administrator
 * chooses the région), creation from the zonage in force or from the national categories, TVS composition upload,
 * and the draft editor. Public and other accounts see why they cannot use it.
 */
@Component({
  selector: 'mlg-zonage-cockpit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EditeurBrouillonComponent, ZonesRougesTeleversementComponent],
  template: `
    <main id="contenu" class="fr-container-fluid cockpit" role="main">
      <h1 class="fr-h3 fr-mt-2w">Zonage médecins — cockpit de l’ARS</h1>
      @if (!session.connecte()) {
        <div class="fr-alert fr-alert--info" data-testid="cockpit-connexion">
          <p>Connectez-vous avec un compte ARS (votre région) ou administrateur pour préparer un zonage.</p>
        </div>
      } @else if (!autorise()) {
        <div class="fr-alert fr-alert--warning"><p>Le cockpit de zonage est réservé aux comptes ARS et administrateurs.</p></div>
      } @else if (ouvert(); as id) {
        <mlg-editeur-brouillon [id]="id" (fermer)="fermer()" />
      } @else if (!region()) {
        @if (erreur(); as e) {
          <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
            <p>{{ e }}</p>
          </div>
        } @else {
          <p class="fr-text--sm" role="status">Chargement des régions de votre compte…</p>
        }
      } @else {
        @if (erreur(); as e) {
          <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
            <p>{{ e }}</p>
          </div>
        }
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-7">
            <div class="fr-select-group">
              <label class="fr-label" for="cockpit-region">Région</label>
              <select id="cockpit-region" class="fr-select" (change)="choisirRegion($any($event.target).value)">
                @for (r of regionsPossibles(); track r.code) {
                  <option [value]="r.code" [selected]="r.code === region()">{{ r.nom }}</option>
                }
              </select>
            </div>
            <h2 class="fr-h5">Brouillons</h2>
            @if (brouillons().length === 0) {
              <p class="fr-text--sm">Aucun brouillon pour cette région.</p>
            } @else {
              <ul class="cockpit__liste" data-testid="liste-brouillons">
                @for (b of brouillons(); track b.id) {
                  <li class="fr-mb-1w" [attr.data-brouillon]="b.id">
                    <strong>{{ b.libelle }}</strong> — {{ statut(b.statut) }}, modifié le {{ date(b.modifieLe) }} par {{ b.auteur }}
                    <div class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                      <button type="button" class="fr-btn fr-btn--sm" (click)="ouvrir(b.id)">Ouvrir</button>
                      <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="dupliquer(b.id)">Dupliquer</button>
                      @if (b.statut !== 'publie') {
                        <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="supprimer(b)">Supprimer</button>
                      }
                    </div>
                  </li>
                }
              </ul>
            }
          </div>
          <div class="fr-col-12 fr-col-lg-5">
            <form class="cockpit__creation" (submit)="creer($event)">
              <h2 class="fr-h5">Nouveau brouillon</h2>
              <div class="fr-input-group">
                <label class="fr-label" for="nouveau-libelle">Nom du brouillon <span class="fr-hint-text">facultatif</span></label>
                <input class="fr-input" id="nouveau-libelle" name="libelle" />
              </div>
              <fieldset class="fr-fieldset">
                <legend class="fr-fieldset__legend fr-text--regular">Classes de départ</legend>
                <div class="fr-fieldset__element">
                  <div class="fr-radio-group">
                    <input type="radio" id="origine-categories" name="origine" value="categories" checked />
                    <label class="fr-label" for="origine-categories">Catégories nationales (sélection nationale en ZIP, le reste hors zonage)</label>
                  </div>
                </div>
                <div class="fr-fieldset__element">
                  <div class="fr-radio-group">
                    <input type="radio" id="origine-en-vigueur" name="origine" value="en_vigueur" />
                    <label class="fr-label" for="origine-en-vigueur">Zonage en vigueur</label>
                  </div>
                </div>
              </fieldset>
              <div class="fr-select-group">
                <label class="fr-label" for="nouveau-unite">Unité</label>
                <select class="fr-select" id="nouveau-unite" name="unite">
                  <option value="bassin_de_vie">{{ libelleBassin }}</option>
                  <option value="tvs">Territoires de vie-santé (composition téléversée)</option>
                </select>
              </div>
              <button type="submit" class="fr-btn" [disabled]="enCours()">{{ enCours() ? 'Création…' : 'Créer le brouillon' }}</button>
            </form>
            <form class="fr-mt-4w" (submit)="televerserTvs($event)">
              <h2 class="fr-h6">Composition des TVS de la région</h2>
              <p class="fr-text--xs">
                CSV « code_commune;code_tvs;nom_tvs » : chaque commune de la région une fois (COG 2026) ; les arrondissements de Paris, Lyon et Marseille
                peuvent être répartis.
              </p>
              <div class="fr-upload-group">
                <label class="fr-label" for="fichier-tvs">Fichier CSV</label>
                <input class="fr-upload" type="file" id="fichier-tvs" name="fichier" accept=".csv,text/csv" />
              </div>
              <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w">Téléverser la composition</button>
              @if (messageTvs(); as m) {
                <p class="fr-text--sm fr-mt-1w" role="status">{{ m }}</p>
              }
            </form>
            <mlg-zones-rouges-televersement class="fr-mt-4w" />
          </div>
        </div>
      }
    </main>
  `,
})
export class ZonageCockpitPage {
  protected readonly session = inject(SessionStore);
  private readonly client = inject(ZonageCockpitClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly libelleBassin = LIBELLE_BASSIN_DE_VIE;

  protected readonly regions = signal<{ code: string; nom: string }[]>([]);
  protected readonly region = signal<string | null>(null);
  protected readonly brouillons = signal<(MetaBrouillon & { nbForcees: number })[]>([]);
  protected readonly ouvert = signal<string | null>(null);
  protected readonly erreur = signal<string | null>(null);
  protected readonly enCours = signal(false);
  protected readonly messageTvs = signal<string | null>(null);

  protected readonly autorise = computed(() => ['ars', 'admin'].includes(this.session.utilisateur()?.role ?? ''));
  protected readonly regionsPossibles = computed(() => {
    const u = this.session.utilisateur();
    if (!u || u.role === 'admin') return this.regions();
    const siennes = new Set(u.territoires.filter((t) => t.type === 'region').map((t) => t.code));
    return this.regions().filter((r) => siennes.has(r.code));
  });

  constructor() {
    effect(() => {
      if (!this.autorise()) return;
      untracked(() => void this.initialiser());
    });
    this.route.queryParamMap.subscribe((p) => this.ouvert.set(p.get('brouillon')));
  }

  private async initialiser(): Promise<void> {
    try {
      const refs = await this.client.references();
      this.regions.set(refs.regions);
      this.region.set(this.regionsPossibles()[0]?.code ?? null);
      await this.listerBrouillons();
    } catch (e) {
      this.erreur.set(messageErreur(e, 'Cockpit indisponible.'));
    }
  }

  protected async choisirRegion(code: string): Promise<void> {
    this.region.set(code);
    await this.listerBrouillons();
  }

  private async listerBrouillons(): Promise<void> {
    const r = this.region();
    this.brouillons.set(r ? await this.client.brouillons(r) : []);
  }

  protected ouvrir(id: string): void {
    void this.router.navigate([], { queryParams: { brouillon: id } });
  }

  protected fermer(): void {
    void this.router.navigate([], { queryParams: {} }).then(() => this.listerBrouillons());
  }

  protected async creer(e: Event): Promise<void> {
    e.preventDefault();
    const region = this.region();
    if (!region) return;
    const f = new FormData(e.target as HTMLFormElement);
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const vue = await this.client.creer({
        region,
        origine: f.get('origine') === 'en_vigueur' ? 'en_vigueur' : 'categories',
        unite: f.get('unite') === 'tvs' ? 'tvs' : 'bassin_de_vie',
        libelle: (typeof f.get('libelle') === 'string' ? (f.get('libelle') as string) : '').trim() || undefined,
      });
      this.ouvrir(vue.brouillon.id);
    } catch (err) {
      this.erreur.set(messageErreur(err, 'Création refusée.'));
    } finally {
      this.enCours.set(false);
    }
  }

  protected async dupliquer(id: string): Promise<void> {
    try {
      const vue = await this.client.copier(id);
      this.ouvrir(vue.brouillon.id);
    } catch (err) {
      this.erreur.set(messageErreur(err, 'Copie refusée.'));
    }
  }

  protected async supprimer(b: MetaBrouillon): Promise<void> {
    if (!window.confirm(`Supprimer le brouillon « ${b.libelle} » ?`)) return;
    try {
      await this.client.supprimer(b.id);
      await this.listerBrouillons();
    } catch (err) {
      this.erreur.set(messageErreur(err, 'Suppression refusée.'));
    }
  }

  protected async televerserTvs(e: Event): Promise<void> {
    e.preventDefault();
    const region = this.region();
    const fichier = (new FormData(e.target as HTMLFormElement).get('fichier') as File | null) ?? null;
    if (!region || !fichier || !fichier.size) {
      this.messageTvs.set('Choisissez un fichier CSV.');
      return;
    }
    try {
      const r = await this.client.televerserComposition(region, fichier);
      this.messageTvs.set(
        `Composition enregistrée : ${r.unites} TVS, ${r.communesRegion} communes de la région${r.horsRegion ? `, ${r.horsRegion} hors région` : ''}.`,
      );
    } catch (err) {
      const details = err instanceof HttpErrorResponse ? ((err.error as { details?: { message: string }[] } | null)?.details ?? []) : [];
      this.messageTvs.set([messageErreur(err, 'Composition refusée.'), ...details.slice(0, 10).map((d) => d.message)].join(' — '));
    }
  }

  protected statut(s: string): string {
    return s === 'publie' ? 'publié' : s === 'valide' ? 'validé' : 'brouillon';
  }
  protected date(iso: string): string {
    return iso.slice(0, 10).split('-').reverse().join('/');
  }
}
