import RevealReceived from './RevealReceived';
import { mountIslands } from '../../../lib/islands/mount';

mountIslands('reveal-received', RevealReceived);
