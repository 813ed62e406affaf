import JoinedBanner from './JoinedBanner';
import { mountIslands } from '../islands/mount';

mountIslands('joined', JoinedBanner);
