import MyHandIn from './MyHandIn';
import { mountIslands } from '../../../lib/islands/mount';

mountIslands('my-hand-in', MyHandIn);
