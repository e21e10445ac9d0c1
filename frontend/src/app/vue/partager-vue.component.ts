import { ChangeDetectionStrategy, Component, signal } from '@angular/core';

/**
 * « Partager cette vue »: copies the page's address — which holds the whole view (territory, indicator, tab, map
 * position, scenario) — to the clipboard. Where the browser refuses (no permission, not a secure context), the link
 * is shown selected in a field to copy by hand.
 */
@Component({
  selector: 'mlg-partager-vue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-share-line fr-btn--icon-left" (click)="partager()">Partager cette vue</button>
    <p class="fr-sr-only" role="status">{{ annonce() }}</p>
    @if (annonce()) {
      <p class="fr-text--xs fr-mb-0 partager__message" aria-hidden="true">{{ annonce() }}</p>
    }
    @if (lienManuel(); as lien) {
      <div class="fr-input-group fr-mt-1w fr-mb-0">
        <label class="fr-label fr-text--sm" for="partager-lien">Lien de cette vue, à copier</label>
        <input id="partager-lien" class="fr-input" type="url" readonly [value]="lien" (focus)="$any($event.target).select()" />
      </div>
    }
  `,
})
export class PartagerVueComponent {
  protected readonly annonce = signal('');
  protected readonly lienManuel = signal<string | null>(null);

  protected async partager(): Promise<void> {
    const lien = window.location.href;
    try {
      await navigator.clipboard.writeText(lien);
      this.lienManuel.set(null);
      this.annonce.set('Lien de cette vue copié dans le presse-papiers.');
    } catch {
      this.lienManuel.set(lien);
      this.annonce.set('Copie impossible dans ce navigateur : le lien est affiché ci-dessous.');
      setTimeout(() => document.getElementById('partager-lien')?.focus());
    }
  }
}
