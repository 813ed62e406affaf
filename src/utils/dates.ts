const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "18 March 2025": dates are calendar days, so they are read and shown in UTC. */
export const formatDate = (date: Date) => long.format(date);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
