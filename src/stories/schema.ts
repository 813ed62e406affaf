import { z } from 'astro/zod';
import { THEME_IDS } from './themes';
import { LENS_IDS } from './lenses';
import { INDUSTRY_IDS } from './industries';
import { PRESSURE_IDS } from './pressures';
import { COUNTRY_IDS } from './countries';
import { ROLE_IDS } from './roles';
import { ENDING_IDS } from './endings';
import { LEGAL_SOURCE_IDS } from './legal-sources';

/** kebab-case ids: they appear in URLs and key the reader's stored answers. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, like "double-billing"');

/** Flags the second and later uses of an id in a list, at that item's id field. */
function flagRepeatedIds(items: { id: string }[], field: string, ctx: Pick<z.RefinementCtx, 'addIssue'>, message: (id: string) => string) {
  const seen = new Set<string>();
  items.forEach(({ id }, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: message(id) });
    seen.add(id);
  });
}

export const choiceSchema = z
  .object({
    /** Unique within its decision; stored with the reader's answer, so never rename it. */
    id,
    /** What the reader picks, starting with a verb. */
    label: z.string().min(3),
    /** Shown after the reader commits: where this choice tends to lead. */
    consequence: z.string().min(10),
    /** Ethical lenses the choice leans on (see src/stories/lenses.ts). Default: none. */
    lenses: z.array(z.enum(LENS_IDS)).default([]),
    /**
     * Who else gains, besides the narrator. Required when "outcomes" is the only
     * lens: self-interest is not "outcomes" (docs/writing.md). Default: none.
     */
    beneficiaries: z.array(z.string().min(3)).default([]),
  })
  .superRefine((choice, ctx) => {
    if (choice.lenses.length === 1 && choice.lenses[0] === 'outcomes' && choice.beneficiaries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['beneficiaries'],
        message: `choice "${choice.id}" claims only the outcomes lens: name who else benefits under beneficiaries, or choose other lenses (docs/writing.md)`,
      });
    }
  });

export const decisionSchema = z
  .object({
    /** Unique across the whole site: the anchor, the permalink and the storage key. */
    id,
    /** The question the story stops on. */
    question: z.string().min(10),
    /** Enough context to discuss the dilemma without reading the whole story. */
    setup: z.string().min(10),
    /** Two to four options, none of them a strawman. */
    choices: z.array(choiceSchema).min(2, 'a decision needs at least 2 choices').max(4),
    /** Optional: the id of the choice the narrator actually made. */
    actual: id.optional(),
    /**
     * The behavioural forces at play (ids of content/concepts/), strongest first:
     * shown only after the reader commits. The loader checks each id.
     */
    forces: z
      .array(id)
      .min(1, 'name at least one force at play, from content/concepts/ (docs/writing.md)')
      .max(4, 'name at most four forces: the strongest, not every one'),
    /** Open questions for a workshop discussion. Default: none. */
    discussion: z.array(z.string().min(5)).default([]),
    /** Notes for whoever runs the discussion. Default: none. */
    notes: z.string().optional(),
    /** Hedged legal or accounting context, shown to facilitators as "not legal advice". Default: none. */
    legal: z.string().min(20).optional(),
    /** The statutes and guidance the legal note rests on, from src/stories/legal-sources.ts. Default: none. */
    sources: z.array(z.enum(LEGAL_SOURCE_IDS)).default([]),
  })
  .superRefine((decision, ctx) => {
    flagRepeatedIds(decision.choices, 'choices', ctx, (id) => `duplicate choice id "${id}" in decision "${decision.id}"`);
    if (decision.sources.length > 0 && !decision.legal) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `decision "${decision.id}" lists sources but has no legal note for them to support`,
      });
    }
    if (decision.actual && !decision.choices.some((choice) => choice.id === decision.actual)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actual'],
        message: `"${decision.actual}" is not one of the choices of decision "${decision.id}"`,
      });
    }
  });

export const storySchema = z
  .object({
    /** The story's title. */
    title: z.string().min(3).max(90),
    /** One sentence for cards, feeds and search results. */
    description: z.string().min(30).max(200),
    /** First publication date (YYYY-MM-DD). */
    published: z.coerce.date(),
    /** Optional date of the last substantial revision; shown once it is more than a day after `published` (revisedOn). */
    updated: z.coerce.date().optional(),
    /** One to three themes from src/stories/themes.ts. */
    themes: z.array(z.enum(THEME_IDS)).min(1).max(3),
    /** Free keywords for search filters. Default: none. */
    tags: z.array(id).default([]),
    /** Drafts appear in `npm run dev` only. Default: false. */
    draft: z.boolean().default(false),
    /** The industry the story is set in, from src/stories/industries.ts. */
    industry: z.enum(INDUSTRY_IDS),
    /** What squeezes the narrator, from src/stories/pressures.ts. */
    pressure: z.enum(PRESSURE_IDS),
    /** Where the story is set: an ISO 3166-1 alpha-2 code from src/stories/countries.ts. Its legal notes hold there. */
    country: z.enum(COUNTRY_IDS),
    /** Who tells the story. */
    narrator: z.object({
      /** The narrator's job, from src/stories/roles.ts. */
      role: z.enum(ROLE_IDS),
    }),
    /** How the story ends for the narrator, from src/stories/endings.ts. Never shown: it would give the story away. */
    ending: z.enum(ENDING_IDS),
    /** "Why careful people take this route": shown at the story's end once every decision is answered (docs/writing.md). */
    route: z.string().min(200).max(1000).optional(),
    /** The question the reader answers in writing at the story's end. */
    reflection: z.string().min(20).max(160).endsWith('?', 'end the reflection with a question mark').optional(),
    /** Every named person and organisation, as written; no name may recur in another story. */
    cast: z.object({
      /** People, as the story names them: "Deb Hallström", or "Teo". */
      people: z.array(z.string().min(2)).default([]),
      /** Companies, agencies, hospitals, councils. */
      organisations: z.array(z.string().min(2)).default([]),
    }),
    /** A published piece the story retells, credited on the story and the About page. Default: none. */
    source: z.object({ title: z.string().min(3), author: z.string().min(3).optional() }).optional(),
    /** The story's decision points, in reading order. Default: none. */
    decisions: z.array(decisionSchema).default([]),
  })
  .superRefine((story, ctx) => {
    flagRepeatedIds(story.decisions, 'decisions', ctx, (id) => `decision id "${id}" is used twice in this story`);
    if (story.updated && story.updated < story.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is before published: a story is revised after it appears' });
    }
  });

export type Story = z.infer<typeof storySchema>;
export type DecisionData = z.infer<typeof decisionSchema>;
export type ChoiceData = z.infer<typeof choiceSchema>;
