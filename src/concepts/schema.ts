import { z } from 'astro/zod';

/** A published work a concept rests on, as a reader would look it up. */
export const referenceSchema = z.object({
  /** As published: "Solomon E. Asch", "John M. Darley and C. Daniel Batson". */
  authors: z.string().min(3),
  year: z.number().int().min(1900).max(2100),
  title: z.string().min(5),
  /** Journal with volume, issue and pages, or a book's publisher. */
  venue: z.string().min(3),
  /** A DOI or publisher's address, only when it was seen to resolve to this work. */
  url: z.url().optional(),
});

export const conceptSchema = z.object({
  /** The concept's name, as a heading: "Conformity bias". */
  title: z.string().min(3).max(60),
  /** One plain sentence, shown in lists and after a reader's choice. */
  summary: z.string().min(40).max(200),
  /** One to three checkable works; fewer rather than one nobody could find. */
  references: z.array(referenceSchema).min(1, 'cite at least one checkable work').max(3, 'cite at most three works'),
});

export type Concept = z.infer<typeof conceptSchema>;
