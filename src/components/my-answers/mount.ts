import MyAnswers from './MyAnswers';
import TrackAnswers from './TrackAnswers';
import { mountIslands } from '../../lib/islands/mount';

// Answer pages render the empty state on the server and fill in from storage here.
mountIslands('my-answers', MyAnswers);
mountIslands('track-answers', TrackAnswers);
