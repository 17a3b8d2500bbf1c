// Whether an error means the database is unavailable for a moment (the web answers 503).
export { isDatabaseUnavailable } from '../../storage/database.ts';
