import { z } from 'astro/zod';

export const planSchema = z.object({
  /** Minutes for the opening: ground rules and the first read. */
  opening: z.number().int().min(2),
  /** Minutes for each dilemma: setup, commit, discussion, reveal. */
  dilemma: z.number().int().min(8, 'give each dilemma at least 8 minutes: a room reads, commits, argues and hears the reveal'),
  /** Minutes kept free for the dilemma that runs long, questions and a late start. */
  slack: z.number().int().min(5, 'keep at least 5 minutes of slack: no room runs to the minute'),
  /** Minutes for the closing debrief. */
  debrief: z.number().int().min(3),
});

export const trackSchema = z
  .object({
    /** The session's name. */
    title: z.string().min(3).max(80),
    /** One sentence for the tracks index. */
    description: z.string().min(30).max(200),
    /** Who the session is for. */
    audience: z.string().min(5),
    /**
     * What a participant will be able to do afterwards, for the track page, its
     * pack and whoever signs the training off: two to five, each starting with a
     * verb ("Recognise…"), no full stop.
     */
    objectives: z
      .array(
        z
          .string()
          .min(20)
          .max(160)
          .regex(/^[A-Z][a-z]+ .*[^.]$/, 'start with a capitalised verb ("Recognise…") and end without a full stop'),
      )
      .min(2, 'give at least 2 learning objectives')
      .max(5, 'give at most 5 learning objectives'),
    /** Length of the session in minutes: the plan must add up to it. */
    duration: z.number().int().min(20).max(120),
    /** Minutes per part, shown on the track page. */
    plan: planSchema,
    /** Position on the tracks index, lowest first. Default: 0. */
    order: z.number().int().default(0),
    /** Decision ids, in the order the session takes them; each must exist in a story. */
    decisions: z.array(z.string()).min(1),
    /** Read or paraphrased to open the session; blank lines separate paragraphs. */
    opening: z.string().min(20),
    /** The closing debrief. */
    closing: z.string().min(20),
    /** For the facilitator only: what to expect and where the room may go wrong. Default: none. */
    notes: z.string().min(20).optional(),
  })
  .superRefine((track, ctx) => {
    const { opening, dilemma, slack, debrief } = track.plan;
    const total = opening + dilemma * track.decisions.length + slack + debrief;
    if (total !== track.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message: `the plan adds up to ${total} minutes (opening ${opening} + ${track.decisions.length} dilemmas × ${dilemma} + slack ${slack} + debrief ${debrief}), but duration says ${track.duration}`,
      });
    }
  });
