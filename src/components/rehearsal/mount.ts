import RehearsalNote from './RehearsalNote';
import { mountIslands } from '../islands/mount';

mountIslands('rehearsal', RehearsalNote);
