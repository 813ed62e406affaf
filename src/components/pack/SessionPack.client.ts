import SessionPack from './SessionPack';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('session-pack', SessionPack);
