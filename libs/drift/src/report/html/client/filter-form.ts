import type { DriftStatus } from '../../../report-types';
import { DEFAULT_STATUSES, Filters, NO_STACK } from '../filters';
import { STATUS_LABEL } from '../labels';

/** The filter form the server rendered: it reads the reader's choices and sets them back. */
export class FilterForm {
  private readonly search: HTMLInputElement;

  constructor(readonly form: HTMLFormElement) {
    this.search = form.elements.namedItem('search') as HTMLInputElement;
    // Enter in the search box would submit the form: the filters apply as one types.
    form.addEventListener('submit', (event) => event.preventDefault());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.search.value !== '') {
        this.search.value = '';
        this.search.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
  }

  /** Calls back once per change: each key typed in the search box, each box ticked, each option chosen. */
  onChange(callback: () => void): void {
    // Boxes and selects fire both `input` and `change`, the search box `input` per key and `change` on blur: take
    // one event from each, so that a filter is applied once.
    this.form.addEventListener('input', (event) => {
      if (event.target === this.search) callback();
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.search) callback();
    });
  }

  read(): Filters {
    const statuses = new Set<DriftStatus>();
    for (const box of this.statusBoxes()) if (box.checked) statuses.add(box.value as DriftStatus);
    return {
      statuses,
      stack: this.selected('stack'),
      resourceType: this.selected('type'),
      location: this.selected('location'),
      source: this.selected('source'),
      search: this.search.value,
    };
  }

  /** Back to what the page opened with. */
  reset(): void {
    for (const box of this.statusBoxes()) box.checked = DEFAULT_STATUSES.includes(box.value as DriftStatus);
    this.clearSelects();
    this.search.value = '';
  }

  /** Every status, no other filter, and this search: so that one chosen resource is sure to be listed. */
  showSearch(text: string): void {
    for (const box of this.statusBoxes()) box.checked = true;
    this.clearSelects();
    this.search.value = text;
  }

  focusSearch(): void {
    this.search.focus();
    this.search.select();
  }

  /** The filters in words, for the printed page. */
  describe(): string {
    const f = this.read();
    const parts = [`status ${[...f.statuses].map((s) => STATUS_LABEL[s]).join(', ') || 'none'}`];
    for (const name of ['stack', 'type', 'location', 'source']) {
      const select = this.select(name);
      if (select && select.value !== '')
        parts.push(
          `${select.labels[0]?.textContent ?? name}: ${select.value === NO_STACK ? 'in no stack' : select.value}`,
        );
    }
    if (f.search.trim()) parts.push(`search “${f.search.trim()}”`);
    return `Filters: ${parts.join('; ')}.`;
  }

  private statusBoxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[name="status"]')];
  }

  private select(name: string): HTMLSelectElement | null {
    return this.form.elements.namedItem(name) as HTMLSelectElement | null;
  }

  private selected(name: string): string | null {
    const value = this.select(name)?.value;
    return value ? value : null;
  }

  private clearSelects(): void {
    for (const select of this.form.querySelectorAll('select')) select.value = '';
  }
}
