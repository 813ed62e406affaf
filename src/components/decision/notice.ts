import type { StorageProblem } from '../../lib/storage/engine';

let told = false;

/** The storage notice, the first time any widget on the page asks; later calls get nothing. */
export function takeNotice(problem: StorageProblem | null): string {
  if (!problem || told) return '';
  told = true;
  const notices = document.querySelector<HTMLTemplateElement>('template[data-storage-notices]');
  return notices?.content.querySelector(`[data-problem="${problem}"]`)?.textContent ?? '';
}
