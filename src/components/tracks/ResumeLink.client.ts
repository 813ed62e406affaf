import ResumeLink from './ResumeLink';
import { mountIslands } from '../../lib/islands/mount';

mountIslands('resume', ResumeLink);
