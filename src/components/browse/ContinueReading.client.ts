import ContinueReading from './ContinueReading';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('continue', ContinueReading);
