const FOCALISABLES =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `conteneur` (an open modal): from the last focusable element Tab goes back to the
 * first, and the other way round. Call from the container's keydown handler.
 */
export function garderFocusDans(conteneur: HTMLElement, evenement: KeyboardEvent): void {
  if (evenement.key !== 'Tab') return;
  const elements = Array.from(conteneur.querySelectorAll<HTMLElement>(FOCALISABLES)).filter((e) => e.offsetParent !== null || e === document.activeElement);
  if (elements.length === 0) return;
  const premier = elements[0];
  const dernier = elements[elements.length - 1];
  if (evenement.shiftKey && document.activeElement === premier) {
    evenement.preventDefault();
    dernier.focus();
  } else if (!evenement.shiftKey && document.activeElement === dernier) {
    evenement.preventDefault();
    premier.focus();
  }
}
