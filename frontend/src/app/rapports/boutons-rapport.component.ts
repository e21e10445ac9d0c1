import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { telecharger } from '../export/telechargement';
import { messageErreur } from '../territoires/message-erreur';
import { imprimerPdf } from './imprimer-pdf';

/**
 * « Télécharger le rapport (PDF) » and « Imprimer le rapport » for one report. Both use the same PDF: it is fetched
 * once per `cle` (what the report is about) and kept, so the printed pages are the downloaded file.
 */
@Component({
  selector: 'mlg-boutons-rapport',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left fr-mb-1w">
      <li>
        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-file-pdf-line" [disabled]="enCours()" (click)="telechargerPdf()">
          {{ libelle() }}
        </button>
      </li>
      <li>
        <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-printer-line" [disabled]="enCours()" (click)="imprimer()">
          Imprimer le rapport
        </button>
      </li>
    </ul>
    <p class="fr-text--xs fr-mb-1w" role="status">{{ enCours() ? 'Préparation du rapport…' : '' }}</p>
    @if (erreur(); as message) {
      <p class="fr-error-text fr-mt-0 fr-mb-1w">{{ message }}</p>
    }
  `,
})
export class BoutonsRapportComponent {
  /** What the report is about (a new value fetches a new PDF). */
  readonly cle = input.required<string>();
  readonly nomFichier = input.required<string>();
  readonly obtenir = input.required<() => Promise<Blob>>();
  readonly libelle = input('Télécharger le rapport (PDF)');
  protected readonly enCours = signal(false);
  protected readonly erreur = signal<string | null>(null);
  private dernier: { cle: string; pdf: Blob } | null = null;

  protected async telechargerPdf(): Promise<void> {
    const pdf = await this.pdf();
    if (pdf) telecharger(this.nomFichier(), pdf, 'application/pdf');
  }

  protected async imprimer(): Promise<void> {
    const pdf = await this.pdf();
    if (pdf) imprimerPdf(pdf);
  }

  private async pdf(): Promise<Blob | null> {
    const cle = this.cle();
    if (this.dernier?.cle === cle) return this.dernier.pdf;
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const pdf = await this.obtenir()();
      this.dernier = { cle, pdf };
      return pdf;
    } catch (e) {
      this.erreur.set(messageErreur(e, 'Le rapport n’a pas pu être préparé. Réessayez dans un instant.'));
      return null;
    } finally {
      this.enCours.set(false);
    }
  }
}
