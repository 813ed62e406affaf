import { z } from 'astro/zod';
import { countWords } from '../stories/reading-time';

/** A facilitator speaks about 130 words a minute: 250 words is under two minutes. */
export const CLOSING_WORDS = 250;
/** The background is the longer text the closing was cut from: enough to draw on. */
export const BACKGROUND_WORDS = 100;

const WHY_DILEMMA = 'a room reads, commits, argues, hears the reveal and votes again';

export const planSchema = z.object({
  /** Minutes for the opening: ground rules and the first read. */
  opening: z.number().int().min(2),
  /** Minutes for each dilemma: read, commit, argue, reveal, vote again. */
  dilemma: z
    .number()
    .int()
    .min(10, `give each dilemma at least 10 minutes: ${WHY_DILEMMA}`)
    .max(
      12,
      'give each dilemma at most 12 minutes: by then a room has read, committed, argued, heard the reveal and voted again; keep spare minutes as slack',
    ),
  /** Minutes kept free for the dilemma that runs long, questions and a late start. */
  slack: z.number().int().min(5, 'keep at least 5 minutes of slack: no room runs to the minute'),
  /** Minutes for the closing debrief. */
  debrief: z.number().int().min(3),
});

/** One story to read before the session; the build checks it exists and is not one of the track's own. */
const preworkSchema = z.object({
  /** A story id (its file name). */
  story: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a story id: its file name without .mdx'),
  /** Why read it: what to notice, in a sentence or two. */
  why: z.string().min(40).max(400),
});

/** One habit to try after the session, and a question to ask oneself two weeks later. */
const followUpSchema = z.object({
  habit: z.string().min(60).max(600),
  check: z.string().min(20).max(300),
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
    /** What the facilitator says to close: at most 250 words, under two minutes spoken. */
    closing: z.string().min(20),
    /** The longer debrief for the facilitator to draw on: folded on the track page, printed after the closing. */
    background: z.string(),
    /** One story to read before the session, on /tracks/<id>/before/. Default: none. */
    prework: preworkSchema.optional(),
    /** One habit to try afterwards, on /tracks/<id>/after/. Default: none. */
    followUp: followUpSchema.optional(),
    /** For the facilitator only: what to expect and where the room may go wrong. Default: none. */
    notes: z.string().min(20).optional(),
  })
  .superRefine((track, ctx) => {
    const spoken = countWords(track.closing);
    if (spoken > CLOSING_WORDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['closing'],
        message: `the closing is ${spoken} words; keep it to ${CLOSING_WORDS} (under two minutes spoken, at about 130 words a minute) and move the rest to background`,
      });
    }
    const background = countWords(track.background);
    if (background < BACKGROUND_WORDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['background'],
        message: `the background is ${background} words; give the facilitator at least ${BACKGROUND_WORDS} to draw on in the debrief`,
      });
    }
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
