import HandInReceived from './HandInReceived';
import { mountIslands } from '../islands/mount';

mountIslands('hand-in-received', HandInReceived);
