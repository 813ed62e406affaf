import RoomConsole from './RoomConsole';
import { mountIslands } from '../../../lib/islands/mount';

mountIslands('room-console', RoomConsole);
