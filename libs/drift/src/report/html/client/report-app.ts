// The page script of the HTML drift report: it reads the report from the JSON block the server wrote, and renders
// the findings with their filters and search, and the construct tree. Bundled into report-assets.generated.ts by
// libs/drift/scripts/build-report-assets.ts.
import type { DriftReport } from '../../../report-types';
import { resourceLabel } from '../../report-grouping';
import { buildConstructTree } from '../construct-tree';
import { FindingIndex } from '../filters';
import { renderConstructTree } from './construct-tree-view';
import { FilterForm } from './filter-form';
import { FindingsList } from './findings-list';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the report page has no #${id}`);
  return el as T;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('input, select, textarea, [contenteditable]') !== null
  );
}

const report = JSON.parse(byId('report-data').textContent ?? '') as DriftReport;
const index = new FindingIndex(report.resources);
const filters = new FilterForm(byId<HTMLFormElement>('filters'));
const list = new FindingsList(report.resources, {
  list: byId('finding-list'),
  results: byId('results'),
  more: byId<HTMLButtonElement>('show-more'),
});
const apply = () => list.show(index.match(filters.read()));

filters.onChange(apply);
byId('filter-reset').addEventListener('click', () => {
  filters.reset();
  apply();
});
filters.form.hidden = false;
apply();
// User Timing marks (findings rendered, then painted, then the tree): what the benchmark and any profiler read.
performance.mark('groundwork:findings-rendered');

// What the first frame does not need waits until it is painted: the construct tree, then the search text of every
// resource, a slice at a time so that the page stays responsive.
const afterFirstFrame = (work: () => void) => requestAnimationFrame(() => setTimeout(work, 0));
afterFirstFrame(() => {
  performance.mark('groundwork:findings-painted');
  renderConstructTree(byId('construct-tree'), buildConstructTree(report.resources), report.resources, (i) => {
    // The construct path names the stack too: environments' stacks share addresses, so an address alone finds both.
    const chosen = report.resources[i];
    filters.showSearch(chosen.constructPath ?? resourceLabel(chosen));
    apply();
    list.reveal(i);
  });
  byId('tree-help').hidden = false;
  performance.mark('groundwork:tree-rendered');
  const prepareSearch = () => {
    if (!index.prepareSearch(500)) setTimeout(prepareSearch, 0);
  };
  prepareSearch();
});

// `/` jumps to the search box, as on many sites, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
    event.preventDefault();
    filters.focusSearch();
  }
});

// Print shows every match, open, with the filters in words. `beforeprint` is the browser's print command; the media
// query also follows print emulation (and some browsers' print preview).
const printFilters = byId('print-filters');
const setPrinting = (printing: boolean) => {
  printFilters.textContent = printing ? filters.describe() : '';
  list.setPrinting(printing);
};
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));
matchMedia('print').addEventListener('change', (event) => setPrinting(event.matches));
