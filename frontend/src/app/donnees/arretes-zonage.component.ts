import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MetadonneesArrete, VersionZonage } from './donnees';
import { DonneesStore } from './donnees.store';
import { dateLisible } from './format-donnees';

const PROFESSIONS: Partial<Record<string, string>> = { medecin: 'médecins généralistes', infirmier: 'infirmiers' };

/** « Arrêtés de zonage »: each version's arrêté (number, date, link, start, end), editable (ADR 0004; audited). */
@Component({
  selector: 'mlg-arretes-zonage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="fr-h4" id="arretes-titre">Arrêtés de zonage</h2>
    <div class="fr-table fr-table--sm" data-testid="arretes-zonage">
      <table aria-labelledby="arretes-titre">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Arrêté</th>
            <th scope="col">Validité</th>
            <th scope="col"><span class="fr-sr-only">Modifier</span></th>
          </tr>
        </thead>
        <tbody>
          @for (v of store.versionsZonage(); track v.id) {
            <tr>
              <td>
                {{ v.libelle }}<br /><span class="fr-text--sm">zonage des {{ professions[v.profession] ?? v.profession }}</span>
              </td>
              <td>
                {{ v.arrete ?? 'numéro inconnu' }}{{ v.dateArrete ? ' du ' + dateLisible(v.dateArrete) : ', date inconnue' }}
                @if (v.lienArrete) {
                  <br /><a class="fr-link fr-text--sm" [href]="v.lienArrete" target="_blank" rel="noopener">texte de l’arrêté</a>
                }
              </td>
              <td>du {{ dateLisible(v.debut) }}{{ v.fin ? ' au ' + dateLisible(v.fin) : ', en vigueur' }}</td>
              <td><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="editer(v)">Modifier l’arrêté</button></td>
            </tr>
            @if (edition()?.id === v.id) {
              <tr>
                <td colspan="4">
                  <form (submit)="$event.preventDefault(); enregistrer(v.id)" [attr.aria-label]="'Arrêté de ' + v.libelle">
                    @for (c of champs; track c.nom) {
                      <div class="fr-input-group">
                        <label class="fr-label" [for]="'arrete-' + c.nom">{{ c.libelle }}</label>
                        <input
                          class="fr-input"
                          [id]="'arrete-' + c.nom"
                          [type]="c.type"
                          [value]="valeur(c.nom)"
                          (input)="changer(c.nom, $any($event.target).value)"
                        />
                      </div>
                    }
                    @if (refus(); as r) {
                      <p class="fr-error-text" role="alert">{{ r }}</p>
                    }
                    <ul class="fr-btns-group fr-btns-group--inline-sm">
                      <li><button type="submit" class="fr-btn fr-btn--sm">Enregistrer</button></li>
                      <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="edition.set(null)">Annuler</button></li>
                    </ul>
                  </form>
                </td>
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ArretesZonageComponent {
  protected readonly store = inject(DonneesStore);
  protected readonly edition = signal<(MetadonneesArrete & { id: number }) | null>(null);
  protected readonly refus = signal<string | null>(null);
  protected readonly professions = PROFESSIONS;
  protected readonly dateLisible = dateLisible;
  protected readonly champs = [
    { nom: 'arrete', libelle: 'Numéro de l’arrêté', type: 'text' },
    { nom: 'dateArrete', libelle: 'Date de l’arrêté', type: 'date' },
    { nom: 'lienArrete', libelle: 'Lien vers l’arrêté', type: 'url' },
    { nom: 'debut', libelle: 'Début de validité', type: 'date' },
    { nom: 'fin', libelle: 'Fin de validité (vide : en vigueur)', type: 'date' },
  ] as const;

  protected editer(v: VersionZonage): void {
    this.refus.set(null);
    this.edition.set({ id: v.id, arrete: v.arrete, dateArrete: v.dateArrete, lienArrete: v.lienArrete, debut: v.debut, fin: v.fin });
  }

  protected valeur(nom: keyof MetadonneesArrete): string {
    return this.edition()?.[nom] ?? '';
  }

  protected changer(nom: keyof MetadonneesArrete, valeur: string): void {
    this.edition.update((e) => (e ? { ...e, [nom]: valeur } : e));
  }

  protected async enregistrer(id: number): Promise<void> {
    const e = this.edition();
    if (!e) return;
    const vide = (x: string | null) => (x && x.trim() ? x.trim() : null);
    const refus = await this.store.modifierArrete(id, {
      arrete: vide(e.arrete),
      dateArrete: vide(e.dateArrete),
      lienArrete: vide(e.lienArrete),
      debut: e.debut,
      fin: vide(e.fin),
    });
    this.refus.set(refus);
    if (!refus) this.edition.set(null);
  }
}
