import MyHandIn from './MyHandIn';
import { mountIslands } from '../islands/mount';

mountIslands('my-hand-in', MyHandIn);
