import RehearsalNote from './RehearsalNote';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('rehearsal', RehearsalNote);
