import ResumeLink from './ResumeLink';
import { mountIslands } from '../islands/mount';

mountIslands('resume', ResumeLink);
