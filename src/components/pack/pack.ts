import SessionPack from './SessionPack';
import { mountIslands } from '../islands/mount';

mountIslands('session-pack', SessionPack);
