import HandInReceived from './HandInReceived';
import { mountIslands } from '../../../lib/islands/mount';

mountIslands('hand-in-received', HandInReceived);
