import TrackAnswers from './TrackAnswers';
import { mountIslands } from '../../lib/islands/mount';

// Alone, so a track's finish page ships the answers it shows and not My answers' export and import.
mountIslands('track-answers', TrackAnswers);
