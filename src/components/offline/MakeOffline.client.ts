import MakeOffline from './MakeOffline';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('make-offline', MakeOffline);
