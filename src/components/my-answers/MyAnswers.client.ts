import MyAnswers from './MyAnswers';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('my-answers', MyAnswers);
