import type { ResourceResult } from '../../../report-types';
import { findingDetailHtml, findingDetailId, findingItemHtml } from '../finding-html';

/** Findings rendered at a time: enough to fill a screen several times, few enough to render in a few ms. */
export const FINDINGS_PER_PAGE = 100;

export interface FindingsListElements {
  readonly list: HTMLElement;
  readonly results: HTMLElement;
  readonly more: HTMLButtonElement;
}

/**
 * The list of findings that match the filters. It renders them a page at a time (a button shows the next page), so
 * 10,000 findings filter as fast as 100; a finding's differences are rendered when it is first opened. For print,
 * every match is rendered with its differences open.
 */
export class FindingsList {
  private matches: readonly number[] = [];
  private shown = 0;
  private printing = false;
  private readonly expanded = new Set<number>();

  constructor(
    private readonly resources: readonly ResourceResult[],
    private readonly el: FindingsListElements,
  ) {
    el.list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button.finding-toggle');
      if (button) this.toggle(button);
    });
    el.more.addEventListener('click', () => this.showMore());
  }

  /** Shows these findings (indices into the report's resources), from the first page. */
  show(matches: readonly number[]): void {
    this.matches = matches;
    this.shown = 0;
    this.el.list.textContent = '';
    this.render(this.printing ? matches.length : FINDINGS_PER_PAGE);
  }

  /** Renders the next page and moves the focus to its first finding, where a keyboard user would continue. */
  showMore(): void {
    const first = this.shown;
    this.render(FINDINGS_PER_PAGE);
    this.toggleButton(this.matches[first])?.focus();
  }

  /** Opens one finding, rendering pages up to it, and puts it in view with the focus on it. */
  reveal(index: number): void {
    const position = this.matches.indexOf(index);
    if (position < 0) return;
    if (position >= this.shown) this.render(position + 1 - this.shown);
    const button = this.toggleButton(index);
    if (!button) return;
    if (button.getAttribute('aria-expanded') !== 'true') this.toggle(button);
    button.focus();
    button.scrollIntoView({ block: 'start' });
  }

  /** Print shows every match open; after printing the list returns to the pages that were shown. */
  setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    const shown = this.shown;
    this.show(this.matches);
    if (!printing && shown > this.shown) this.render(shown - this.shown);
  }

  private render(count: number): void {
    const end = Math.min(this.matches.length, this.shown + count);
    let html = '';
    for (let p = this.shown; p < end; p++) {
      const i = this.matches[p];
      html += findingItemHtml(this.resources[i], i, this.printing || this.expanded.has(i));
    }
    this.el.list.insertAdjacentHTML('beforeend', html);
    this.shown = end;
    this.updateStatus();
  }

  private updateStatus(): void {
    const total = this.resources.length;
    const n = this.matches.length;
    this.el.results.textContent =
      n === 0
        ? `No resource matches these filters (${total.toLocaleString('en-US')} in the report).`
        : `${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} resources match` +
          (this.shown < n ? `; the first ${this.shown.toLocaleString('en-US')} are listed.` : '.');
    const rest = n - this.shown;
    this.el.more.hidden = rest <= 0;
    this.el.more.textContent = `Show ${Math.min(rest, FINDINGS_PER_PAGE).toLocaleString('en-US')} more (${rest.toLocaleString('en-US')} not listed yet)`;
  }

  private toggleButton(index: number | undefined): HTMLButtonElement | null {
    if (index === undefined) return null;
    return document.getElementById(`${findingDetailId(index)}-toggle`) as HTMLButtonElement | null;
  }

  private toggle(button: HTMLButtonElement): void {
    const index = Number(button.closest<HTMLElement>('li.finding')?.dataset.index);
    const panel = document.getElementById(findingDetailId(index));
    if (!panel) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open && panel.childElementCount === 0) panel.innerHTML = findingDetailHtml(this.resources[index]);
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) this.expanded.add(index);
    else this.expanded.delete(index);
  }
}
