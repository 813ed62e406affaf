import RoomConsole from './RoomConsole';
import { mountIslands } from '../islands/mount';

mountIslands('room-console', RoomConsole);
