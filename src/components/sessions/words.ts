/*
 * What a built session says to open and to close. Tracks have words written
 * for them (content/tracks/); a session someone assembled gets these.
 */
export const SESSION_OPENING = [
  'Agree the ground rules first: what is said in the room stays in the room, nobody has to explain their choice, and there is no right answer to find.',
  'For each dilemma, read the setup aloud, give everyone a minute to commit to a choice on their own (a show of hands, or their phones), then reveal how the room chose before anyone argues for a side.',
];

export const SESSION_CLOSING = [
  'Go back over the dilemmas where the room split. Ask what each side was weighing, and which lens (outcomes, duties, fairness, the common good, character) they reached for first.',
  'Close with the question that matters on Monday: which of these situations could happen to someone here, and what would they say, to whom, and when?',
];
