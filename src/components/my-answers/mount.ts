import { h, hydrate } from 'preact';
import MyAnswers from './MyAnswers';
import TrackAnswers from './TrackAnswers';

// Answer pages render the empty state on the server and fill in from storage here.
for (const island of document.querySelectorAll<HTMLElement>('[data-answers-island]')) {
  const props = JSON.parse(island.dataset.props ?? '{}');
  hydrate(h(island.dataset.answersIsland === 'track' ? TrackAnswers : MyAnswers, props), island);
}
