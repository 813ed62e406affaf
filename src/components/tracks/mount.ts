import { h, hydrate } from 'preact';
import ResumeLink from './ResumeLink';

for (const island of document.querySelectorAll<HTMLElement>('[data-resume-island]')) {
  hydrate(h(ResumeLink, JSON.parse(island.dataset.props ?? '{}')), island);
}
