import { z } from 'astro/zod';

export const trackSchema = z.object({
  /** The session's name. */
  title: z.string().min(3).max(80),
  /** One sentence for the tracks index. */
  description: z.string().min(30).max(200),
  /** Who the session is for. */
  audience: z.string().min(5),
  /** Length of the session in minutes. */
  duration: z.number().int().positive(),
  /** Position on the tracks index, lowest first. Default: 0. */
  order: z.number().int().default(0),
  /** Decision ids, in the order the session takes them; each must exist in a story. */
  decisions: z.array(z.string()).min(1),
  /** Read or paraphrased to open the session; blank lines separate paragraphs. */
  opening: z.string().min(20),
  /** The closing debrief. */
  closing: z.string().min(20),
});
